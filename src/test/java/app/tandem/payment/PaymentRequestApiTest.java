package app.tandem.payment;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TandemSpringTest
class PaymentRequestApiTest {

  @LocalServerPort
  int port;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  PaymentRequestService requests;
  @Autowired
  Documents documents;
  @Autowired
  AuthorizationService authorizations;

  /** Each request gets its own contractor: JUnit makes a new test instance per test. */
  static final java.util.concurrent.atomic.AtomicInteger SEED = new java.util.concurrent.atomic.AtomicInteger(1);

  String body(String contractorInn, String amount) {
    return """
        {"contractorInn":"%s","purpose":"Pallets for the Kazan warehouse","category":"LOGISTICS",
         "amount":%s,"currency":"RUB","payBy":"%s","invoiceNumber":"INV-API"}"""
        .formatted(contractorInn, amount, calendar.today().plusDays(7));
  }

  String contractor() {
    return inn("7901" + String.format("%05d", SEED.getAndIncrement()));
  }

  String numberOf(String json) {
    return json.replaceAll("(?s).*\"number\":\"(PR-[0-9-]+)\".*", "$1");
  }

  @Test
  void aManagerRaisesARequestAndItsApprovalStarts() {
    var response = HttpCaller.as(port, "anna").postJson("/api/payment-requests", body(contractor(), "15000.50"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String number = numberOf(response.body());
    assertThat(number).matches("PR-\\d{4}-\\d{5}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/payment-requests/" + number);
    assertThat(response.body()).contains("\"status\":\"DRAFT\"", "\"amount\":15000.50", "\"initiator\":\"anna\"",
        "\"event\":\"CREATED\"");
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(instance).isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getAssignee()).isEqualTo("anna");
  }

  @Test
  void tasklistColumnsShowTheRequestToThoseWorkingOnItOnly() {
    var anna = HttpCaller.as(port, "anna");
    String number = numberOf(anna.postJson("/api/payment-requests", body(contractor(), "4200")).body());
    String filterId = anna.get("/engine-rest/filter?name=My%20payment%20requests").body()
        .replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");

    var list = anna.postHal("/engine-rest/filter/" + filterId + "/list", "{}");
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    String scopes = "/engine-rest/variable-instance?variableScopeIdIn=" + instanceId;

    assertThat(list.body()).contains("\"name\":\"caseNumber\"", "\"value\":\"" + number + "\"", "4\u00a0200,00\u00a0₽");
    assertThat(anna.get(scopes).body()).contains("\"value\":\"" + number + "\"");
    var boris = HttpCaller.as(port, "boris");
    assertThat(boris.postHal("/engine-rest/filter/" + filterId + "/list", "{}").body()).as("another manager")
        .doesNotContain(number);
    assertThat(boris.get(scopes).body()).as("another manager").isEqualTo("[]");
    assertThat(boris.get("/engine-rest/process-instance/" + instanceId + "/variables").statusCode())
        .as("another manager").isIn(403, 404);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(instanceId).count()).as("no authorization rows per case").isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).list())
        .as("no authorization rows per task (only the administrators' grant on all tasks)")
        .allSatisfy(grant -> assertThat(grant.getResourceId()).isEqualTo("*"));
  }

  @Test
  void theSameRequestSentTwiceWithAnIdempotencyKeyIsCreatedOnce() {
    var anna = HttpCaller.as(port, "anna");
    String body = body(contractor(), "700");

    var first = anna.postJsonWith("/api/payment-requests", body, "Idempotency-Key", "crm-order-77");
    var again = anna.postJsonWith("/api/payment-requests", body, "Idempotency-Key", "crm-order-77");
    var changed = anna.postJsonWith("/api/payment-requests", body.replace("700", "701"), "Idempotency-Key", "crm-order-77");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(numberOf(again.body())).isEqualTo(numberOf(first.body()));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numberOf(first.body())).count()).isEqualTo(1);
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(changed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }

  @Test
  void badInputIsAnsweredFieldByField() {
    var anna = HttpCaller.as(port, "anna");

    var zero = anna.postJson("/api/payment-requests", body(contractor(), "0"));
    var negative = anna.postJson("/api/payment-requests", body(contractor(), "-5"));
    var threeDecimals = anna.postJson("/api/payment-requests", body(contractor(), "1.234"));
    var notANumber = anna.postJson("/api/payment-requests", body(contractor(), "\"abc\""));
    var everythingWrong = anna.postJson("/api/payment-requests", """
        {"contractorInn":"7707083894","purpose":"","category":"FOOD","amount":10,"currency":"GBP","payBy":"2020-01-01"}""");
    var badCurrencyAndPast = anna.postJson("/api/payment-requests", """
        {"contractorInn":"7707083894","purpose":" ","category":"GOODS","amount":10,"currency":"GBP","payBy":"2020-01-01"}""");

    assertThat(zero.statusCode()).isEqualTo(400);
    assertThat(zero.body()).contains("{\"field\":\"amount\",\"message\":\"Amount must be greater than 0\"}");
    assertThat(negative.body()).contains("{\"field\":\"amount\",\"message\":\"Amount must be greater than 0\"}");
    assertThat(threeDecimals.body()).contains("{\"field\":\"amount\",\"message\":\"Amount can have at most 2 decimal places\"}");
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(notANumber.body()).contains("{\"field\":\"amount\",\"message\":\"amount must be a number like 1250000.50\"}");
    assertThat(everythingWrong.body()).contains("{\"field\":\"category\",\"message\":\"category must be one of GOODS, SERVICES, LOGISTICS, MARKETING, OTHER\"}");
    assertThat(badCurrencyAndPast.body()).contains(
        "{\"field\":\"contractorInn\",\"message\":\"INN control digit is wrong: check the number\"}",
        "{\"field\":\"purpose\",\"message\":\"Say what the payment is for\"}",
        "{\"field\":\"currency\",\"message\":\"Currency must be one of RUB, USD, EUR, CNY\"}",
        "{\"field\":\"payBy\",\"message\":\"Pay-by date cannot be in the past\"}");
  }

  @Test
  void requisitesSentWithTheRequestAreCheckedEachWithItsOwnMessage() {
    var response = HttpCaller.as(port, "anna").postJson("/api/payment-requests", body(contractor(), "100")
        .replace("\"invoiceNumber\":\"INV-API\"", "\"invoiceNumber\":\"INV-API\",\"bik\":\"044525225\","
            + "\"settlementAccount\":\"40702810303800000009\",\"correspondentAccount\":\"30101810145250000974\","
            + "\"kpp\":\"77360100\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains(
        "{\"field\":\"kpp\",\"message\":\"KPP must have 9 characters, not 8\"}",
        "{\"field\":\"settlementAccount\",\"message\":\"Settlement account does not match the BIK 044525225: check both numbers\"}",
        "{\"field\":\"correspondentAccount\",\"message\":\"Correspondent account does not match the BIK 044525225: check both numbers\"}");
  }

  @Test
  void onlySalesManagersRaiseRequestsAndEveryCallIsAuthenticated() {
    String body = body(contractor(), "100");

    assertThat(HttpCaller.as(port, "olga").postJson("/api/payment-requests", body).statusCode()).isEqualTo(403);
    assertThat(HttpCaller.as(port, "svetlana").postJson("/api/payment-requests", body).statusCode()).isEqualTo(403);
    assertThat(HttpCaller.as(port, "dmitry").get("/api/payment-requests").statusCode()).isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).postJson("/api/payment-requests", body).statusCode()).isEqualTo(401);
  }

  @Test
  void managersSeeTheirOwnRequestsAndTheOthersSeeAll() {
    String number = numberOf(HttpCaller.as(port, "anna").postJson("/api/payment-requests", body(contractor(), "300")).body());

    assertThat(HttpCaller.as(port, "anna").get("/api/payment-requests/" + number).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "boris").get("/api/payment-requests/" + number).statusCode()).isEqualTo(404);
    assertThat(HttpCaller.as(port, "svetlana").get("/api/payment-requests/" + number).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "olga").get("/api/payment-requests/" + number).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "boris").get("/api/payment-requests?status=DRAFT&size=200").body()).doesNotContain(number);
    assertThat(HttpCaller.as(port, "olga").get("/api/payment-requests?status=DRAFT&size=200").body()).contains(number);
    assertThat(HttpCaller.as(port, "olga").get("/api/payment-requests/PR-1999-00001").statusCode()).isEqualTo(404);
  }

  @Test
  void theRegistryFiltersByContractorAndPayByAndPages() {
    String contractor = contractor();
    var anna = HttpCaller.as(port, "anna");
    anna.postJson("/api/payment-requests", body(contractor, "100"));
    anna.postJson("/api/payment-requests", body(contractor, "200"));
    String date = calendar.today().plusDays(7).toString();

    var page = HttpCaller.as(port, "olga").get("/api/payment-requests?contractorInn=" + contractor
        + "&payByFrom=" + date + "&payByTo=" + date + "&size=1");
    var none = HttpCaller.as(port, "olga").get("/api/payment-requests?contractorInn=" + contractor
        + "&payByFrom=" + calendar.today().plusDays(8));

    assertThat(page.body()).contains("\"total\":2", "\"size\":1");
    assertThat(none.body()).contains("\"total\":0");
  }

  @Test
  void theExportOpensInExcel() {
    String contractor = contractor();
    HttpCaller.as(port, "anna").postJson("/api/payment-requests", body(contractor, "1250000.5"));

    var csv = HttpCaller.as(port, "olga").get("/api/payment-requests/export.csv?contractorInn=" + contractor);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFNumber;Status;Contractor INN;");
    assertThat(csv.body().lines().toList()).hasSize(2);
    assertThat(csv.body().lines().toList().get(1)).contains(";Draft;" + contractor + ";", ";1250000,50;RUB;");
  }

  @Test
  void documentsAreDownloadedByTheRolesThatSeeTheRequest() {
    String number = numberOf(HttpCaller.as(port, "anna").postJson("/api/payment-requests", body(contractor(), "900")).body());
    byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    var document = documents.attach(PaymentRequestService.documentPlacement(requests.get(number), PaymentRequestService.INVOICE),
        "invoiceFile", new Documents.Upload("Счёт 15.pdf", pdf), PaymentRequestService.ACCEPTED_FILES, "anna");
    String path = "/api/payment-requests/" + number + "/documents/" + document.getId();

    var own = HttpCaller.as(port, "anna").get(path);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(own.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "filename*=UTF-8''");
    assertThat(own.body()).startsWith("%PDF-1.7");
    assertThat(HttpCaller.as(port, "olga").get(path).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "boris").get(path).statusCode()).isEqualTo(404);
    assertThat(HttpCaller.as(port, "anna").get(requestDetails(number)).body()).contains("\"kind\":\"INVOICE\"");
  }

  private static String requestDetails(String number) {
    return "/api/payment-requests/" + number;
  }
}
