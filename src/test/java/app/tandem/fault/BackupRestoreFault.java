package app.tandem.fault;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.EmbeddedPostgres;
import app.tandem.support.HttpCaller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's backup and restore, done once: {@code pg_dump} of the database, then a copy of the documents folder;
 * restored into a fresh database and folder, a node on them has the same cases, documents and open tasks — and work
 * goes on there.
 */
class BackupRestoreFault {

  /** Tandem's tables and the engine's runtime state: compared row by row (md5 of the ordered rows). */
  static final List<String> TABLES = List.of("case_event", "counterparty", "counterparty_account", "document",
      "case_number_counter", "payment_request", "receivable", "receivable_payment", "payment_promise", "instalment",
      "delivery_order", "delivery_list", "delivery_list_entry", "mail_outbox", "act_ru_execution", "act_ru_task",
      "act_ru_variable", "act_ru_job", "act_ru_identitylink", "act_ru_authorization", "act_ru_filter",
      "act_re_deployment", "act_re_procdef", "act_hi_procinst", "act_id_user", "act_id_membership");

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void aDumpAndTheDocumentsFolderRestoredIntoAFreshDatabaseAndFolderGiveTheSameCasesDocumentsAndOpenTasks()
      throws Exception {
    Map<String, String> before;
    Path dump = Path.of("target", "fault", "backup.dump").toAbsolutePath();
    try (var origin = new FaultCluster("backup_origin");
        var restored = new FaultCluster("backup_restored")) {
      // a company with cases at every stage (demo data), and requests with uploaded invoices, some paid
      var node = origin.startOne(Map.of("tandem.demo.data", "true"));
      var cases = new PaymentCases("backup", List.of(node), null);
      cases.drive(0, 6, 2, PaymentCases.APPROVE);
      cases.driveOn(0, 3, 2, null);
      assertThat(cases.problems()).isEmpty();
      origin.stopAll();
      before = snapshot(origin.sql());
      assertThat(origin.sql().queryForObject("select count(*) from document", Integer.class)).isGreaterThan(6);

      // the backup: the database first, then the documents (a document's file is written before its row commits)
      run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, connection(origin.database));
      copyTree(origin.documents, restored.documents);

      // restored into the fresh, empty database and folder
      run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + connection(restored.database), dump.toString());
      assertThat(snapshot(restored.sql())).isEqualTo(before);

      var fresh = restored.startOne(Map.of("tandem.demo.data", "true"));
      var sql = restored.sql();
      assertThat(sql.queryForObject("select count(*) from counterparty", Integer.class)).as("not seeded again")
          .isEqualTo(Integer.parseInt(before.get("counterparty").split(" ")[0]));
      int openTasks = sql.queryForObject("select count(*) from act_ru_task", Integer.class);
      assertThat(NodeApi.get(fresh, "admin", "/engine-rest/task/count").json().get("count").asInt())
          .isEqualTo(openTasks);
      for (var document : sql.queryForList("select id, case_number, sha256 from document"
          + " where case_number like 'PR-%'")) {
        byte[] content = download(fresh, "/api/payment-requests/" + document.get("case_number") + "/documents/"
            + document.get("id"));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
            .as("document " + document.get("id")).isEqualTo(document.get("sha256"));
      }
      // and the work goes on where it stood
      cases.nodes.clear();
      cases.nodes.add(fresh);
      cases.driveOn(3, 6, 2, null);
      assertThat(cases.problems()).isEmpty();
      assertThat(sql.queryForList("select status from payment_request where number in (?, ?, ?)", String.class,
          cases.numbers.get(3), cases.numbers.get(4), cases.numbers.get(5))).containsOnly("PAID");
    }
  }

  /** Per table: row count and the md5 of its rows in order. */
  private static Map<String, String> snapshot(JdbcTemplate sql) {
    Map<String, String> tables = new LinkedHashMap<>();
    for (String table : TABLES) {
      tables.put(table, sql.queryForObject("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|'"
          + " order by t::text)), '-') from " + table + " t", String.class));
    }
    return tables;
  }

  private static String connection(String database) {
    return "postgresql://postgres:postgres@localhost:" + EmbeddedPostgres.server().getPort() + "/" + database;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static byte[] download(AppNode node, String path) {
    var response = HttpCaller.on(node.base(), "admin").getBytes(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
