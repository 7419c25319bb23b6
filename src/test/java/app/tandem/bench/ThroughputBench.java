package app.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.identity.ProcessRoles;
import app.tandem.identity.TandemGroup;
import app.tandem.party.requisites.RequisitesFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Tandem's payment approval side by side with a bare engine process of the same shape (start, three user tasks by
 * the same three people, end), both driven over REST by the same users with the same authorization checks, by 4
 * clients, in alternating rounds, in one JVM on one database. Every instance of every round is checked to its end.
 * Writes {@code target/bench/report-<database>.md} and {@code target/bench/report.md}. Not a test of speed: it
 * asserts only that the counts match; the figures are read from the report.
 *
 * <p>{@code -Dbench.mode=short} (CI): one round of 20 instances each; {@code full}: 7 rounds of 100.
 */
abstract class ThroughputBench {

  static final String BARE = "bench-bare";
  static final int CLIENTS = 4;
  static final boolean FULL = "full".equals(System.getProperty("bench.mode", "short"));
  static final int ROUNDS = FULL ? 7 : 1;
  static final int PER_ROUND = FULL ? 100 : 20;
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TestConfiguration
  static class Counting {

    @Bean
    static SqlCounter sqlCounter() {
      return new SqlCounter();
    }

    /** The bare process passes Tandem's engine gateway like every process: forms declared, nothing more. */
    @Bean
    app.tandem.common.form.StartFormHandler bareStart(ProcessEngine engine) {
      return new app.tandem.common.form.StartFormHandler() {
        @Override
        public app.tandem.common.form.StartForm form() {
          return app.tandem.common.form.StartForm.of(BARE, BARE_PURPOSE, BARE_AMOUNT, BARE_CURRENCY);
        }

        @Override
        public org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables start(String actor,
            app.tandem.common.form.FormInput input) {
          return app.tandem.common.engine.ServerSide.call(() -> engine.getRuntimeService()
              .createProcessInstanceByKey(BARE).businessKey("BARE-" + BARE_NUMBERS.incrementAndGet())
              .setVariable("initiator", actor).setVariable("purpose", input.get(BARE_PURPOSE))
              .setVariable("amount", input.get(BARE_AMOUNT)).setVariable("currency", input.get(BARE_CURRENCY))
              .executeWithVariablesInReturn());
        }
      };
    }

    @Bean
    app.tandem.common.form.TaskFormHandler bareComplete() {
      return bareTask("complete", BARE_PURPOSE);
    }

    @Bean
    app.tandem.common.form.TaskFormHandler bareApprove() {
      return bareTask("approve", BARE_DECISION);
    }

    @Bean
    app.tandem.common.form.TaskFormHandler barePay() {
      return bareTask("pay", BARE_ORDER);
    }

    private static app.tandem.common.form.TaskFormHandler bareTask(String task,
        app.tandem.common.form.FormField<?> field) {
      return new app.tandem.common.form.TaskFormHandler() {
        @Override
        public app.tandem.common.form.UserTaskForm form() {
          return app.tandem.common.form.UserTaskForm.of(BARE, task, field);
        }

        @Override
        public app.tandem.common.form.FormView view(app.tandem.common.form.CaseTask caseTask) {
          return app.tandem.common.form.FormView.create();
        }

        @Override
        public app.tandem.common.form.Outcome submit(app.tandem.common.form.CaseTask caseTask,
            app.tandem.common.form.FormInput input) {
          return app.tandem.common.form.Outcome.none();
        }
      };
    }

    @Bean
    ProcessRoles bareProcessRoles() {
      return new ProcessRoles(BARE, Set.of(TandemGroup.SALES_MANAGERS),
          Set.of(TandemGroup.SALES_HEADS, TandemGroup.ACCOUNTING));
    }
  }

  static final app.tandem.common.form.FormField<String> BARE_PURPOSE =
      app.tandem.common.form.FormField.text("purpose", "Purpose");
  static final app.tandem.common.form.FormField<java.math.BigDecimal> BARE_AMOUNT =
      app.tandem.common.form.FormField.amount("amount", "Amount");
  static final app.tandem.common.form.FormField<String> BARE_CURRENCY =
      app.tandem.common.form.FormField.text("currency", "Currency");
  static final app.tandem.common.form.FormField<String> BARE_DECISION =
      app.tandem.common.form.FormField.text("decision", "Decision");
  static final app.tandem.common.form.FormField<String> BARE_ORDER =
      app.tandem.common.form.FormField.text("paymentOrderNumber", "Payment order number");
  static final AtomicInteger BARE_NUMBERS = new AtomicInteger();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DataSource dataSource;

  /** A short name for the report: h2, postgres. */
  abstract String database();

  record Round(String process, int instances, double seconds, long statements, Map<String, List<Long>> calls) {

    double perSecond() {
      return instances / seconds;
    }
  }

  @Test
  void paymentApprovalAgainstTheBareEngine() throws Exception {
    engine.getRepositoryService().createDeployment().name("bench").addModelInstance("bench-bare.bpmn",
        Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(3650).startEvent()
            .userTask("complete").camundaAssignee("${initiator}")
            .userTask("approve").camundaCandidateGroups(TandemGroup.SALES_HEADS.id())
            .userTask("pay").camundaCandidateGroups(TandemGroup.ACCOUNTING.id())
            .endEvent().done()).deploy();
    // warm-up, not reported: the first calls load classes and fill caches
    round("bare", -1, 8);
    round("tandem", -1, 8);

    List<Round> rounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      boolean bareFirst = r % 2 == 0;
      rounds.add(round(bareFirst ? "bare" : "tandem", r, PER_ROUND));
      rounds.add(round(bareFirst ? "tandem" : "bare", r, PER_ROUND));
    }
    report(rounds);
  }

  private final AtomicInteger sequence = new AtomicInteger();

  private Round round(String process, int round, int instances) throws Exception {
    Map<String, List<Long>> calls = new ConcurrentHashMap<>();
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    long statementsBefore = SqlCounter.STATEMENTS.get();
    SqlCounter.BY_SQL.clear();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    var next = new AtomicInteger();
    for (int c = 0; c < CLIENTS; c++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
          int n = sequence.incrementAndGet();
          try {
            ids.add(process.equals("bare") ? bare(n, calls) : tandem(n, calls));
          } catch (Exception | AssertionError e) {
            problems.add(process + " " + n + ": " + e);
          }
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
    assertThat(problems).isEmpty();
    awaitEnded(process, ids);
    double seconds = (System.nanoTime() - started) / 1e9;
    long statements = SqlCounter.STATEMENTS.get() - statementsBefore;
    System.out.printf(Locale.ROOT, "BENCH %s round %d %s: %d instances in %.2f s, %.1f statements each%n", database(),
        round, process, instances, seconds, (double) statements / instances);
    if (System.getProperty("bench.sql") != null) {
      SqlCounter.BY_SQL.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
          .forEach(e -> System.out.printf(Locale.ROOT, "BENCH sql %s %6.2f  %s%n", process,
              e.getValue().sum() / (double) instances, e.getKey()));
    }
    return new Round(process, instances, seconds, statements, calls);
  }

  /** Bare engine: start with three variables, then three tasks completed by their people. */
  private String bare(int n, Map<String, List<Long>> calls) throws IOException {
    var start = call(calls, "start", "anna", "POST", "/engine-rest/process-definition/key/" + BARE
        + "/submit-form", Map.of("variables", Map.of("purpose", Map.of("value", "Pallets " + n),
            "amount", Map.of("value", "15000.00"), "currency", Map.of("value", "RUB"))));
    String instance = start.get("id").asText();
    completeBare(calls, "anna", instance, false, Map.of("purpose", Map.of("value", "Pallets " + n)));
    completeBare(calls, "svetlana", instance, true, Map.of("decision", Map.of("value", "APPROVE")));
    completeBare(calls, "olga", instance, true, Map.of("paymentOrderNumber", Map.of("value", "PO-" + n)));
    return instance;
  }

  private void completeBare(Map<String, List<Long>> calls, String user, String instance, boolean claim,
      Map<String, Object> variables) throws IOException {
    String task = call(calls, "task list", user, "GET", "/engine-rest/task?processInstanceId=" + instance, null)
        .get(0).get("id").asText();
    if (claim) {
      call(calls, "claim", user, "POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", user));
    }
    call(calls, "complete", user, "POST", "/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", variables));
  }

  /** Tandem: raise a request, complete it with its invoice, approve it, pay it with the payment order. */
  private String tandem(int n, Map<String, List<Long>> calls) throws IOException {
    String inn = RequisitesFixtures.inn("77190" + (2000 + n % 50));
    var fields = new LinkedHashMap<String, Object>();
    fields.put("purpose", "Pallets, lot " + n);
    fields.put("category", "GOODS");
    fields.put("contractorInn", inn);
    fields.put("amount", "15000.00");
    fields.put("currency", "RUB");
    fields.put("payBy", LocalDate.now().plusDays(20).toString());
    String number = call(calls, "start", "anna", "POST", "/api/payment-requests", fields).get("number").asText();
    var complete = new LinkedHashMap<String, Object>();
    Map.ofEntries(Map.entry("purpose", "Pallets, lot " + n), Map.entry("category", "GOODS"),
        Map.entry("contractorInn", inn), Map.entry("contractorName", "ООО «Паллет " + n % 50 + "»"),
        Map.entry("invoiceNumber", "PS-" + n), Map.entry("invoiceDate", LocalDate.now().minusDays(1).toString()),
        Map.entry("amount", "15000.00"), Map.entry("currency", "RUB"),
        Map.entry("payBy", LocalDate.now().plusDays(20).toString()), Map.entry("kpp", "773601001"),
        Map.entry("bik", "044525225"), Map.entry("settlementAccount", "40702810303800000001"),
        Map.entry("correspondentAccount", "30101810400000000225"), Map.entry("bankName", "PAO Sberbank"),
        Map.entry("paymentPurpose", "Payment for invoice PS-" + n + ", VAT included"),
        Map.entry("contractorEmail", "buh@pallet.example"))
        .forEach((name, value) -> complete.put(name, Map.of("value", value)));
    complete.put("invoiceFile", file("invoice-" + n + ".pdf"));
    submitTandem(calls, "anna", number, false, complete);
    submitTandem(calls, "svetlana", number, true, Map.of("approvalDecision", Map.of("value", "APPROVE")));
    submitTandem(calls, "olga", number, true, Map.of("paymentDecision", Map.of("value", "PAY"),
        "paymentOrderNumber", Map.of("value", "PO-" + n),
        "paymentOrderDate", Map.of("value", LocalDate.now().toString()),
        "paymentOrderFile", file("payment-order-" + n + ".pdf")));
    return number;
  }

  private void submitTandem(Map<String, List<Long>> calls, String user, String number, boolean claim,
      Map<String, Object> variables) throws IOException {
    JsonNode tasks = JSON.createArrayNode();
    // between two tasks a job (check, send for approval) may still be on its way: ask again until the task is there
    for (int attempt = 0; attempt < 600 && tasks.isEmpty(); attempt++) {
      tasks = call(calls, "task list", user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + number, null);
      if (tasks.isEmpty()) {
        pause();
      }
    }
    assertThat(tasks).as(number + " has no task for " + user).isNotEmpty();
    String task = tasks.get(0).get("id").asText();
    if (claim) {
      call(calls, "claim", user, "POST", "/engine-rest/task/" + task + "/claim", Map.of("userId", user));
    }
    call(calls, "complete", user, "POST", "/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", variables));
  }

  private static Map<String, Object> file(String name) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(PDF),
        "valueInfo", Map.of("filename", name, "mimetype", "application/pdf"));
  }

  private JsonNode call(Map<String, List<Long>> calls, String kind, String user, String method, String path,
      Object body) throws IOException {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").timeout(Duration.ofSeconds(60));
    if (body != null) {
      request.header("Content-Type", "application/json").method(method,
          HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long t0 = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    calls.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
    if (response.statusCode() >= 300) {
      throw new AssertionError(method + " " + path + " as " + user + ": " + response.statusCode() + " "
          + response.body());
    }
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  /** Waits (uncounted SQL) until every instance of the round has ended — Tandem's requests as PAID. */
  private void awaitEnded(String process, List<String> ids) throws Exception {
    var sql = new JdbcTemplate(new SingleConnectionDataSource(dataSource.unwrap(DataSource.class)
        .getConnection(), true));
    try {
      String query = process.equals("bare")
          ? "select count(*) from act_hi_procinst where end_time_ is not null and id_ in (%s)"
          : "select count(*) from payment_request r join act_hi_procinst p on p.business_key_ = r.number"
              + " where r.status = 'PAID' and p.end_time_ is not null and r.number in (%s)";
      String in = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (sql.queryForObject(query.formatted(in), Integer.class) < ids.size()) {
        assertThat(System.nanoTime()).as("instances of " + process + " ended within 5 minutes").isLessThan(deadline);
        pause();
      }
    } finally {
      ((SingleConnectionDataSource) sql.getDataSource()).destroy();
    }
  }

  private void report(List<Round> rounds) throws IOException {
    var bare = rounds.stream().filter(round -> round.process().equals("bare")).toList();
    var tandem = rounds.stream().filter(round -> round.process().equals("tandem")).toList();
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < bare.size(); r++) {
      ratios.add(tandem.get(r).perSecond() / bare.get(r).perSecond());
    }
    var out = new StringBuilder();
    out.append("## ").append(database()).append(String.format(Locale.ROOT,
        " — %d round(s) of %d instances each, %d clients%n%n", ROUNDS, PER_ROUND, CLIENTS));
    out.append("| | bare engine | Tandem payment approval | Tandem / bare |\n|---|---|---|---|\n");
    out.append(String.format(Locale.ROOT, "| instances/s (median of rounds) | %.1f | %.1f | **%.2f** (%.2f–%.2f) |%n",
        median(bare.stream().map(Round::perSecond).toList()), median(tandem.stream().map(Round::perSecond).toList()),
        median(ratios), Collections.min(ratios), Collections.max(ratios)));
    out.append(String.format(Locale.ROOT, "| SQL statements per instance | %.0f | %.0f | %.2f |%n", perInstance(bare),
        perInstance(tandem), perInstance(tandem) / perInstance(bare)));
    for (String kind : List.of("start", "task list", "claim", "complete")) {
      out.append(String.format(Locale.ROOT, "| %s p50 / p95 ms | %s | %s | |%n", kind, percentiles(bare, kind),
          percentiles(tandem, kind)));
    }
    out.append("\nRounds (instances/s): ");
    for (int r = 0; r < bare.size(); r++) {
      out.append(String.format(Locale.ROOT, "%s%.1f vs %.1f", r == 0 ? "" : ", ", bare.get(r).perSecond(),
          tandem.get(r).perSecond()));
    }
    out.append("\n\n");
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report-" + database() + ".md"), out);
    var all = new StringBuilder("# Tandem benchmark\n\nWritten by `./mvnw -B verify -Pbench` (`-Dbench.mode=full` for"
        + " the figures). One JVM, one database, the job executor on, mails written to the outbox and not sent.\n\n");
    try (Stream<Path> reports = Files.list(dir)) {
      for (Path report : reports.filter(p -> p.getFileName().toString().matches("report-.*\\.md")).sorted()
          .toList()) {
        all.append(Files.readString(report));
      }
    }
    Files.writeString(dir.resolve("report.md"), all);
    System.out.println(out);
  }

  private static double perInstance(List<Round> rounds) {
    return (double) rounds.stream().mapToLong(Round::statements).sum()
        / rounds.stream().mapToInt(Round::instances).sum();
  }

  private static String percentiles(List<Round> rounds, String kind) {
    List<Long> all = new ArrayList<>();
    rounds.forEach(round -> all.addAll(round.calls().getOrDefault(kind, List.of())));
    if (all.isEmpty()) {
      return "–";
    }
    Collections.sort(all);
    return String.format(Locale.ROOT, "%.0f / %.0f", all.get(all.size() / 2) / 1e6,
        all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.95) - 1)) / 1e6);
  }

  private static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
