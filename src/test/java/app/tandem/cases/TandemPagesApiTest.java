package app.tandem.cases;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.history.CaseHistory;
import app.tandem.debt.DebtFixtures;
import app.tandem.debt.ReceivableData;
import app.tandem.debt.ReceivableService;
import app.tandem.delivery.DeliveryFixtures;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentRequestFields;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tandem's pages stand on: the Tasklist login reads Tandem's API (a change needs the page token, the
 * engine's REST API still wants HTTP Basic), the case search shows each role only what its API shows it,
 * the directory search, and the administrators' "run now" for timer processes.
 */
@TandemSpringTest
class TandemPagesApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  PaymentApprovalStarter payments;
  @Autowired
  ReceivableService receivables;
  @Autowired
  DeliveryPrioritisationStarter orders;
  @Autowired
  CaseHistory history;

  String annasRequest;
  String borissRequest;
  String annasInvoice;
  String borissOrder;

  @BeforeEach
  void someCasesOfEveryProcess() {
    annasRequest = request("anna");
    borissRequest = request("boris");
    var invoice = DebtFixtures.invoice(LocalDate.now(), 10, "42000.00", "RUB");
    annasInvoice = invoice.invoiceNumber();
    receivables.register(new ReceivableData(invoice.invoiceNumber(), invoice.customerInn(), "Pages Customer " + invoice.invoiceNumber(),
        "anna", invoice.amount(), invoice.currency(), invoice.issueDate(), invoice.dueDate(), null), "olga");
    var order = DeliveryFixtures.order(LocalDate.now().plusDays(3));
    borissOrder = order.orderNumber();
    orders.receive(order, "boris");
  }

  private String request(String manager) {
    var fields = new PaymentRequestFields("Toner for the pages test", PaymentCategory.GOODS,
        inn("7805" + String.format("%05d", (int) (Math.random() * 90000) + 10000)), "Pages Supplier " + manager, null,
        null, new BigDecimal("1234.50"), "RUB", LocalDate.now().plusDays(9), null, null, null, null, null, null, null);
    return payments.start(fields, manager, null).created().request().getNumber();
  }

  @Test
  void theTasklistLoginReadsTandemsApiAndTheEngineApiStillWantsBasic() throws Exception {
    var anna = HttpCaller.webappSession(port, "anna", "tasklist");

    var session = anna.get("/api/session");
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(session.body()).path("userId").asText()).isEqualTo("anna");
    assertThat(JSON.readTree(session.body()).path("csrfToken").asText()).hasSizeGreaterThan(20);
    assertThat(anna.get("/api/payment-requests/" + annasRequest).statusCode()).isEqualTo(200);
    assertThat(anna.get("/api/payment-requests/" + borissRequest).statusCode()).as("not hers").isEqualTo(404);
    assertThat(anna.get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void aChangeWithTheSessionNeedsThePageToken() throws Exception {
    var olga = HttpCaller.webappSession(port, "olga", "tasklist");
    String token = JSON.readTree(olga.get("/api/session").body()).path("csrfToken").asText();
    String inn = inn("770512345");
    String body = "{\"name\":\"Page Token LLC\",\"kpp\":\"770501001\"}";

    var withoutToken = olga.putJson("/api/counterparties/" + inn, body);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("X-Tandem-Csrf");
    assertThat(olga.putJsonWith("/api/counterparties/" + inn, body, "X-Tandem-Csrf", "forged").statusCode())
        .isEqualTo(403);
    assertThat(olga.get("/api/counterparties?inn=" + inn).statusCode()).as("nothing saved").isEqualTo(404);

    assertThat(olga.putJsonWith("/api/counterparties/" + inn, body, "X-Tandem-Csrf", token).statusCode()).isEqualTo(201);
    var refused = olga.putJsonWith("/api/counterparties/" + inn, "{\"name\":\"Page Token LLC\",\"kpp\":\"123\"}",
        "X-Tandem-Csrf", token);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("field").asText()).isEqualTo("kpp");
  }

  @Test
  void pagesGetA401WithoutTheBrowsersPasswordDialog() {
    var stranger = HttpCaller.anonymous(port);
    var fromPage = stranger.getWith("/api/session", "X-Requested-With", "tandem");
    assertThat(fromPage.statusCode()).isEqualTo(401);
    assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(stranger.get("/api/session").headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Tandem\"");
  }

  @Test
  void theCaseSearchShowsEachRoleWhatItsApiShowsIt() throws Exception {
    assertThat(numbers(HttpCaller.as(port, "anna"), "")).contains(annasRequest, annasInvoice)
        .doesNotContain(borissRequest, borissOrder);
    assertThat(numbers(HttpCaller.as(port, "svetlana"), "")).contains(annasRequest, borissRequest, annasInvoice,
        borissOrder);
    assertThat(numbers(HttpCaller.as(port, "lev"), "")).contains(annasInvoice)
        .doesNotContain(annasRequest, borissRequest, borissOrder);
    assertThat(numbers(HttpCaller.as(port, "dmitry"), "")).contains(borissOrder)
        .doesNotContain(annasRequest, annasInvoice);
    assertThat(numbers(HttpCaller.as(port, "olga"), "")).contains(annasRequest, annasInvoice).doesNotContain(borissOrder);

    assertThat(numbers(HttpCaller.as(port, "svetlana"), "&q=" + annasRequest)).containsExactly(annasRequest);
    assertThat(numbers(HttpCaller.as(port, "svetlana"), "&q=pages+customer+" + annasInvoice.toLowerCase()))
        .containsExactly(annasInvoice);
    assertThat(numbers(HttpCaller.as(port, "svetlana"), "&state=CLOSED&q=" + annasRequest)).isEmpty();
    assertThat(numbers(HttpCaller.as(port, "svetlana"), "&manager=boris&process=payment-approval"))
        .contains(borissRequest).doesNotContain(annasRequest);

    var found = JSON.readTree(HttpCaller.as(port, "svetlana").get("/api/cases?q=" + annasRequest).body()).path("items").get(0);
    assertThat(found.path("statusLabel").asText()).isEqualTo("Draft");
    assertThat(found.path("managerName").asText()).isEqualTo("Anna Smirnova");
    assertThat(found.path("amountDisplay").asText()).isEqualTo("1\u00a0234,50\u00a0₽");
    assertThat(found.path("link").asText()).isEqualTo("/api/payment-requests/" + annasRequest);

    var bad = HttpCaller.as(port, "svetlana").get("/api/cases?process=unknown");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"process\"");
  }

  @Test
  void theDirectoryIsSearchedByNameOrInn() throws Exception {
    var olga = HttpCaller.as(port, "olga");
    String inn = inn("770654321");
    assertThat(olga.putJson("/api/counterparties/" + inn, "{\"name\":\"ООО «Директория Поиск»\"}").statusCode())
        .isEqualTo(201);

    assertThat(JSON.readTree(olga.get("/api/counterparties?q=" + java.net.URLEncoder.encode("директория",
        java.nio.charset.StandardCharsets.UTF_8)).body()).path("items").findValuesAsText("inn")).containsExactly(inn);
    assertThat(JSON.readTree(olga.get("/api/counterparties?q=" + inn.substring(0, 8)).body()).path("items")
        .findValuesAsText("inn")).contains(inn);
    assertThat(olga.get("/api/counterparties?inn=" + inn).statusCode()).isEqualTo(200);
  }

  @Test
  void anAdministratorRunsATimerProcessNowAndItIsRecorded() throws Exception {
    var admin = HttpCaller.as(port, "admin");
    var timers = JSON.readTree(admin.get("/api/admin/timers").body());
    assertThat(timers.findValuesAsText("key")).contains("overdue-debt-scan", "delivery-list", "hard-cases-review",
        "receivables-ageing-report");
    assertThat(HttpCaller.as(port, "svetlana").postJson("/api/admin/timers/overdue-debt-scan/run", "").statusCode())
        .isEqualTo(403);

    var scan = admin.postJson("/api/admin/timers/overdue-debt-scan/run", "");
    assertThat(scan.statusCode()).isEqualTo(200);
    assertThat(history.of("TIMER", "overdue-debt-scan")).anySatisfy(event -> {
      assertThat(event.getActor()).isEqualTo("admin");
      assertThat(event.getEvent()).isEqualTo("RUN_NOW");
      assertThat(event.getComment()).isEqualTo("Ran to the end");
    });

    var review = admin.postJson("/api/admin/timers/hard-cases-review/run", "");
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(review.body()).path("businessKey").asText()).matches("\\d{4}-\\d{2}");
    var again = admin.postJson("/api/admin/timers/hard-cases-review/run", "");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).path("detail").asText()).startsWith("Hard cases review of ")
        .endsWith("is still open: complete it first");
    assertThat(admin.postJson("/api/admin/timers/payment-approval/run", "").statusCode()).isEqualTo(404);
  }

  @Test
  void anAdministratorSeesWhichVersionsRunningCasesAreOnAndMigratesThemAllToTheNewestAsABatch() throws Exception {
    var running = payments.start(app.tandem.payment.PaymentFixtures.draft(inn("7712" + "00042"), "1500"), "anna", null)
        .instance();
    var admin = HttpCaller.as(port, "admin");
    String bpmn = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/payment-approval.bpmn"))
        .replace("</bpmn:definitions>", "<!-- the process owner's version -->\n</bpmn:definitions>");
    var deployed = admin.postMultipart("/engine-rest/deployment/create", java.util.Map.of("deployment-name",
        "payment-approval", "deployment-source", "Camunda Modeler"), "payment-approval.bpmn", "payment-approval.bpmn",
        "application/xml", bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

    var process = JSON.readTree(admin.get("/api/admin/process-versions/payment-approval").body());
    int newest = process.path("newestVersion").asInt();
    assertThat(process.path("onOlderVersions").asLong()).isPositive();
    assertThat(process.path("versions").findValuesAsText("deployment")).contains("payment-approval", "tandem-models");
    var runningVersion = java.util.stream.StreamSupport.stream(process.path("versions").spliterator(), false)
        .filter(version -> version.path("definitionId").asText().equals(running.getProcessDefinitionId()))
        .findFirst().orElseThrow();
    assertThat(runningVersion.path("running").asLong()).as("the request started before").isPositive();
    assertThat(JSON.readTree(admin.get("/api/admin/process-versions").body()).findValuesAsText("key"))
        .contains("payment-approval", "overdue-debt-escalation", "delivery-prioritisation");
    var svetlana = HttpCaller.as(port, "svetlana");
    assertThat(svetlana.get("/api/admin/process-versions").statusCode()).isEqualTo(403);
    assertThat(svetlana.postJson("/api/admin/process-versions/payment-approval/migrate", "").statusCode())
        .isEqualTo(403);

    var dryRun = JSON.readTree(admin.postJson("/api/admin/process-versions/payment-approval/migrate?dryRun=true", "")
        .body());
    assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
    assertThat(dryRun.path("toVersion").asInt()).isEqualTo(newest);
    assertThat(dryRun.path("cases").asLong()).isPositive();
    assertThat(dryRun.path("notMigrated").size()).isZero();
    assertThat(dryRun.path("from").findValuesAsText("batchId")).allMatch(id -> id == null || id.equals("null"));

    var migration = admin.postJson("/api/admin/process-versions/payment-approval/migrate", "");
    assertThat(migration.statusCode()).as(migration.body()).isEqualTo(200);
    var batches = JSON.readTree(migration.body()).path("from").findValuesAsText("batchId");
    assertThat(batches).isNotEmpty();
    for (String batch : batches) {
      var shown = JSON.readTree(admin.get("/engine-rest/batch/" + batch).body());
      assertThat(shown.path("type").asText()).as("Cockpit's Batches view shows it").isEqualTo("instance-migration");
      assertThat(admin.delete("/engine-rest/batch/" + batch + "?cascade=true").statusCode()).isEqualTo(204);
    }
    assertThat(history.of("MIGRATION", "payment-approval")).anySatisfy(event -> {
      assertThat(event.getActor()).isEqualTo("admin");
      assertThat(event.getComment()).contains("to version " + newest);
    });
    assertThat(admin.get("/api/admin/process-versions/no-such-process").statusCode()).isEqualTo(404);
  }

  private List<String> numbers(HttpCaller caller, String query) throws Exception {
    JsonNode page = JSON.readTree(caller.get("/api/cases?size=200" + query).body());
    List<String> numbers = new ArrayList<>();
    page.path("items").forEach(item -> numbers.add(item.path("number").asText()));
    return numbers;
  }
}
