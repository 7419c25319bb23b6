package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.debt.HardCasesReviewProcess;
import app.tandem.debt.OverdueDebtEscalationProcess;
import app.tandem.debt.ReceivableService;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.payment.PaymentApprovalProcess;
import app.tandem.support.CaseScenarios;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Well over a hundred distinct bad inputs across Tandem's API, task completions and starts of every
 * process, as a buggy or hostile client sends them: texts too long for their column or with invisible
 * control characters, dates as numbers or out of range, amounts that are no numbers, unknown fields,
 * broken JSON, bad idempotency keys and paging. Counted: no 5xx at all; every refusal is problem+json
 * naming the field; nothing of a refused request is stored.
 *
 * <p>Size: Long because it attacks every form of every process with the same hostile inputs.
 */
@TandemSpringTest
class BadInputTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NUL = "\u0000";
  private static final String RLO = "\u202E";

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  org.springframework.context.ApplicationContext context;
  @Autowired
  ReceivableService receivables;

  /** What came back: status, content type, body. */
  record Answer(int status, String contentType, String body) {
    static Answer of(HttpResponse<String> response) {
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    }
  }

  record Attempt(String what, Supplier<Answer> call) {
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void noBadInputIsA500AndEveryRefusalNamesItsFieldAndNothingIsHalfSaved() throws Exception {
    ClockUtil.setCurrentTime(Date.from(CaseScenarios.TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Moscow"))
        .toInstant()));
    var scenarios = CaseScenarios.of(context);
    var complete = scenarios.reach(PaymentApprovalProcess.COMPLETE_FORM).task().getId();
    var approve = scenarios.reach(PaymentApprovalProcess.APPROVE_FORM).task().getId();
    var contact = scenarios.reach(OverdueDebtEscalationProcess.CONTACT_FORM).task().getId();
    var schedule = scenarios.reach(OverdueDebtEscalationProcess.AGREE_SCHEDULE_FORM).task().getId();
    var list = scenarios.reach(DeliveryListProcess.APPROVE_FORM).task().getId();
    var review = scenarios.reach(HardCasesReviewProcess.REVIEW_FORM).task().getId();
    String invoice = receivables.find("INV-1").isPresent() ? "INV-1" : firstInvoice();
    Map<String, Long> before = counts();

    var attempts = new ArrayList<Attempt>();
    var anna = HttpCaller.as(port, "anna");
    var olga = HttpCaller.as(port, "olga");
    var svetlana = HttpCaller.as(port, "svetlana");

    // ---- POST /api/payment-requests ----
    Map<String, Integer> paymentTexts = new LinkedHashMap<>();
    paymentTexts.put("purpose", 500);
    paymentTexts.put("contractorName", 255);
    paymentTexts.put("invoiceNumber", 64);
    paymentTexts.put("kpp", 9);
    paymentTexts.put("bik", 9);
    paymentTexts.put("settlementAccount", 20);
    paymentTexts.put("correspondentAccount", 20);
    paymentTexts.put("bankName", 255);
    paymentTexts.put("paymentPurpose", 210);
    paymentTexts.put("contractorEmail", 254);
    paymentTexts.put("contractorInn", 12);
    for (var field : paymentTexts.entrySet()) {
      attempts.add(api(anna, "payment " + field.getKey() + " too long", "/api/payment-requests",
          payment().put(field.getKey(), "7".repeat(field.getValue() + 1))));
      attempts.add(api(anna, "payment " + field.getKey() + " with NUL", "/api/payment-requests",
          payment().put(field.getKey(), "ab" + NUL + "cd")));
      attempts.add(api(anna, "payment " + field.getKey() + " with a bidi override", "/api/payment-requests",
          payment().put(field.getKey(), "ab" + RLO + "cd")));
    }
    for (var bad : new Object[] {"abc", -5, 0, 1e15, 1.234, "1 000,5"}) {
      attempts.add(api(anna, "payment amount " + bad, "/api/payment-requests", put(payment(), "amount", bad)));
    }
    for (var bad : new Object[] {"XXX", 5, "RUBLES"}) {
      attempts.add(api(anna, "payment currency " + bad, "/api/payment-requests", put(payment(), "currency", bad)));
    }
    for (var bad : new Object[] {"FOOD", 7}) {
      attempts.add(api(anna, "payment category " + bad, "/api/payment-requests", put(payment(), "category", bad)));
    }
    for (var bad : new Object[] {20261231, "31/12/2026", "1999-01-01", "2101-01-01", "2026-02-30", "yesterday"}) {
      attempts.add(api(anna, "payment payBy " + bad, "/api/payment-requests", put(payment(), "payBy", bad)));
    }
    attempts.add(api(anna, "payment invoiceDate far ahead", "/api/payment-requests",
        payment().put("invoiceDate", "3000-01-01")));
    attempts.add(api(anna, "payment with an initiator", "/api/payment-requests", payment().put("initiator", "boris")));
    attempts.add(new Attempt("payment body not JSON", () -> Answer.of(anna.postJson("/api/payment-requests", "{"))));
    attempts.add(new Attempt("payment body an array", () -> Answer.of(anna.postJson("/api/payment-requests", "[]"))));
    for (String key : new String[] {"ключ", "k".repeat(201), "tab\tkey", "ünïcode"}) {
      attempts.add(new Attempt("payment Idempotency-Key " + key, () -> raw("anna", "/api/payment-requests",
          payment().toString(), "Idempotency-Key: " + key)));
    }
    // ---- GET /api/payment-requests ----
    for (String query : new String[] {"page=-1", "page=2147483647", "size=0", "size=100000", "status=FOO",
        "payByFrom=abc", "page=x"}) {
      attempts.add(new Attempt("registry " + query, () -> Answer.of(anna.get("/api/payment-requests?" + query))));
    }
    // ---- POST /api/receivables ----
    Map<String, Integer> receivableTexts = Map.of("invoiceNumber", 64, "customerName", 255, "managerId", 64,
        "customerEmail", 254, "customerInn", 12);
    for (var field : receivableTexts.entrySet()) {
      attempts.add(api(olga, "receivable " + field.getKey() + " too long", "/api/receivables",
          receivable().put(field.getKey(), "9".repeat(field.getValue() + 1))));
      attempts.add(api(olga, "receivable " + field.getKey() + " with NUL", "/api/receivables",
          receivable().put(field.getKey(), "ab" + NUL)));
    }
    attempts.add(api(olga, "receivable amount text", "/api/receivables", receivable().put("amount", "much")));
    attempts.add(api(olga, "receivable amount too large", "/api/receivables", put(receivable(), "amount", 1e20)));
    attempts.add(api(olga, "receivable due date number", "/api/receivables", put(receivable(), "dueDate", 20270101)));
    attempts.add(api(olga, "receivable issue date year 57443", "/api/receivables",
        receivable().put("issueDate", "57443-01-01")));
    // ---- POST /api/orders ----
    Map<String, Integer> orderTexts = Map.of("orderNumber", 64, "customerName", 255, "address", 500, "zone", 100,
        "goods", 2000, "receiverName", 255, "powerOfAttorneyNumber", 64);
    for (var field : orderTexts.entrySet()) {
      attempts.add(api(anna, "order " + field.getKey() + " too long", "/api/orders",
          order().put(field.getKey(), "o".repeat(field.getValue() + 1))));
      attempts.add(api(anna, "order " + field.getKey() + " with NUL", "/api/orders",
          order().put(field.getKey(), "o" + NUL + "o")));
    }
    attempts.add(api(anna, "order value text", "/api/orders", order().put("value", "plenty")));
    attempts.add(api(anna, "order weight negative", "/api/orders", put(order(), "weightKg", -1)));
    attempts.add(api(anna, "order requested date number", "/api/orders", put(order(), "requestedDate", 20261231)));
    attempts.add(api(anna, "order for another manager", "/api/orders", order().put("managerId", "boris")));
    attempts.add(api(anna, "order unknown field", "/api/orders", order().put("priorityScore", 100)));
    // ---- PUT /api/counterparties/{inn} ----
    attempts.add(new Attempt("counterparty name too long", () -> Answer.of(olga.putJson(
        "/api/counterparties/7707083893", counterparty().put("name", "n".repeat(256)).toString()))));
    attempts.add(new Attempt("counterparty bank name too long", () -> Answer.of(olga.putJson(
        "/api/counterparties/7707083893", counterpartyWithBank("b".repeat(256)).toString()))));
    attempts.add(new Attempt("counterparty kpp NUL", () -> Answer.of(olga.putJson("/api/counterparties/7707083893",
        counterparty().put("kpp", "7736" + NUL + "01").toString()))));
    // ---- POST /api/receivables/{invoice}/payments ----
    attempts.add(api(olga, "payment received amount text", "/api/receivables/" + invoice + "/payments",
        received().put("amount", "lots")));
    attempts.add(api(olga, "payment received date number", "/api/receivables/" + invoice + "/payments",
        put(received(), "date", 20261201)));
    attempts.add(api(olga, "payment received reference too long", "/api/receivables/" + invoice + "/payments",
        received().put("reference", "r".repeat(101))));
    // ---- PUT /api/counterparties/{inn}/credit-hold ----
    attempts.add(new Attempt("credit hold maybe", () -> Answer.of(svetlana.putJson(
        "/api/counterparties/7707083893/credit-hold", "{\"hold\":\"maybe\"}"))));
    attempts.add(new Attempt("credit hold reason NUL", () -> Answer.of(svetlana.putJson(
        "/api/counterparties/7707083893/credit-hold", "{\"hold\":true,\"reason\":\"x" + NUL + "\"}"))));
    // ---- task completions through /engine-rest ----
    attempts.add(task(anna, "complete: purpose NUL", complete, Map.of("purpose", "a" + NUL)));
    attempts.add(task(anna, "complete: payBy 31.02.2026", complete, Map.of("payBy", "31.02.2026")));
    attempts.add(task(anna, "complete: amount text", complete, Map.of("amount", "a lot")));
    attempts.add(task(anna, "complete: invoice date 2101", complete, Map.of("invoiceDate", "2101-01-01")));
    attempts.add(task(anna, "complete: payment purpose 211", complete, Map.of("paymentPurpose", "p".repeat(211))));
    attempts.add(task(anna, "complete: contractor name two lines", complete, Map.of("contractorName", "A\nB")));
    attempts.add(task(anna, "complete: category FOOD", complete, Map.of("category", "FOOD")));
    attempts.add(new Attempt("complete: invoice not a document", () -> Answer.of(anna.postJson("/engine-rest/task/"
        + complete + "/complete", "{\"variables\":{\"invoiceFile\":{\"type\":\"File\",\"value\":\""
        + Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 1, 2}) + "\",\"valueInfo\":{\"filename\":"
        + "\"invoice.pdf\",\"mimetype\":\"application/pdf\"}}}}"))));
    attempts.add(task(svetlana, "approve: decision MAYBE", approve, Map.of("approvalDecision", "MAYBE")));
    attempts.add(task(svetlana, "approve: reject without a reason", approve, Map.of("approvalDecision", "REJECT")));
    attempts.add(task(svetlana, "approve: no decision", approve, Map.of("comment", "hm")));
    attempts.add(task(anna, "contact: outcome unknown", contact, Map.of("contactOutcome", "SHRUG")));
    attempts.add(task(anna, "contact: promised date text", contact, Map.of("contactOutcome", "PROMISED",
        "promisedDate", "soon", "promisedAmount", "100")));
    attempts.add(task(anna, "contact: promised amount huge", contact, Map.of("contactOutcome", "PROMISED",
        "promisedDate", CaseScenarios.TODAY.plusDays(3).toString(), "promisedAmount", "1" + "0".repeat(30))));
    attempts.add(task(anna, "contact: promise in the past", contact, Map.of("contactOutcome", "PROMISED",
        "promisedDate", CaseScenarios.TODAY.minusDays(3).toString(), "promisedAmount", "100")));
    attempts.add(task(anna, "contact: dispute without reason", contact, Map.of("contactOutcome", "DISPUTED")));
    attempts.add(task(HttpCaller.as(port, "fedor"), "schedule: rows not a list", schedule, Map.of("instalments",
        "many")));
    attempts.add(new Attempt("schedule: a row's date text", () -> Answer.of(HttpCaller.as(port, "fedor").postJson(
        "/engine-rest/task/" + schedule + "/complete", "{\"variables\":{\"instalments\":{\"type\":\"Json\",\"value\":"
        + "\"[{\\\"dueDate\\\":\\\"someday\\\",\\\"amount\\\":\\\"100\\\"}]\"}}}"))));
    attempts.add(task(svetlana, "list: capacity many", list, Map.of("capacityOrders", "many")));
    attempts.add(task(svetlana, "list: moves not a list", list, Map.of("moves", "up")));
    attempts.add(task(svetlana, "review: comment with a bidi override", review, Map.of("reviewComment", "ok" + RLO)));
    attempts.add(task(svetlana, "review: no comment", review, Map.of("reviewComment", "")));
    // ---- starts through /engine-rest ----
    attempts.add(start(anna, "payment start: amount text", "payment-approval", startFields(Map.of("amount", "x"))));
    attempts.add(start(anna, "payment start: pay-by 20261231", "payment-approval",
        startFields(Map.of("payBy", "20261231"))));
    attempts.add(start(anna, "payment start: category bad", "payment-approval", startFields(Map.of("category", "X"))));
    attempts.add(start(anna, "payment start: INN check digit", "payment-approval",
        startFields(Map.of("contractorInn", "7707083894"))));
    attempts.add(start(anna, "order start: weight heavy", "delivery-prioritisation", Map.of("orderNumber", "BAD-1",
        "weightKg", "heavy")));
    attempts.add(start(anna, "order start: requested tomorrow", "delivery-prioritisation", Map.of("orderNumber",
        "BAD-2", "requestedDate", "tomorrow")));

    int refused = 0;
    List<String> failures = new ArrayList<>();
    for (var attempt : attempts) {
      var answer = attempt.call().get();
      int status = answer.status();
      if (status >= 500) {
        failures.add(attempt.what() + ": " + status + " " + answer.body());
        continue;
      }
      if (status < 400) {
        failures.add(attempt.what() + ": accepted with " + status);
        continue;
      }
      refused++;
      if (!answer.contentType().startsWith("application/problem+json")) {
        failures.add(attempt.what() + ": " + status + " is not problem+json");
        continue;
      }
      JsonNode body = JSON.readTree(answer.body());
      if (status == 400 && body.path("errors").findValuesAsText("field").isEmpty()) {
        failures.add(attempt.what() + ": 400 names no field: " + answer.body());
      }
      if (answer.body().contains("Exception") || answer.body().toLowerCase().contains("insert into")
          || answer.body().toLowerCase().contains("update ")) {
        failures.add(attempt.what() + ": leaks internals: " + answer.body());
      }
    }
    assertThat(attempts.size()).as("distinct bad inputs").isGreaterThanOrEqualTo(100);
    assertThat(failures).isEmpty();
    assertThat(refused).isEqualTo(attempts.size());
    assertThat(counts()).as("nothing of a refused request is stored").isEqualTo(before);
  }

  @Test
  void theSameIdempotencyKeyWithAnyOtherFieldIsAConflict() {
    var anna = HttpCaller.as(port, "anna");
    var body = payment().put("bankName", "PAO Sberbank");
    assertThat(anna.postJsonWith("/api/payment-requests", body.toString(), "Idempotency-Key", "crm-4711").statusCode())
        .isEqualTo(201);
    assertThat(anna.postJsonWith("/api/payment-requests", body.toString(), "Idempotency-Key", "crm-4711").statusCode())
        .isEqualTo(200);
    for (var changed : List.of(payment().put("bankName", "VTB"), payment().put("invoiceNumber", "INV-9"),
        payment().put("bankName", "PAO Sberbank").put("contractorEmail", "x@y.example"))) {
      var answer = anna.postJsonWith("/api/payment-requests", changed.toString(), "Idempotency-Key", "crm-4711");
      assertThat(answer.statusCode()).as(changed.toString()).isEqualTo(409);
      assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
  }

  // ---- requests ----

  private Attempt api(HttpCaller caller, String what, String path, ObjectNode body) {
    return new Attempt(what, () -> Answer.of(caller.postJson(path, body.toString())));
  }

  private Attempt task(HttpCaller caller, String what, String taskId, Map<String, String> values) {
    return new Attempt(what, () -> Answer.of(caller.postJson("/engine-rest/task/" + taskId + "/complete",
        variables(values))));
  }

  private Attempt start(HttpCaller caller, String what, String key, Map<String, String> values) {
    return new Attempt(what, () -> Answer.of(caller.postJson("/engine-rest/process-definition/key/" + key + "/start",
        variables(values))));
  }

  /** A request written byte by byte, for headers Java's HTTP client refuses to send (non-ASCII, control characters). */
  private Answer raw(String user, String path, String body, String header) {
    try (var socket = new java.net.Socket("localhost", port)) {
      byte[] content = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
      var out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
          + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n").getBytes());
      out.write((header + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.write(("Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n").getBytes());
      out.write(content);
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int status = Integer.parseInt(answer.substring(9, 12));
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      String type = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
          .map(line -> line.substring(13).trim()).findFirst().orElse("");
      String payload = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      int json = payload.indexOf('{');
      return new Answer(status, type, json < 0 ? payload : payload.substring(json, payload.lastIndexOf('}') + 1));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> startFields(Map<String, String> overrides) {
    Map<String, String> fields = new LinkedHashMap<>(Map.of("contractorInn", "7707083893", "purpose", "Chairs",
        "category", "GOODS", "amount", "1000", "currency", "RUB", "payBy", CaseScenarios.TODAY.plusDays(5).toString()));
    fields.putAll(overrides);
    return fields;
  }

  private static String variables(Map<String, String> values) {
    var variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.putObject(name).put("value", value).put("type", "String"));
    var body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  private static ObjectNode payment() {
    return JSON.createObjectNode().put("contractorInn", "7707083893").put("purpose", "Office chairs")
        .put("category", "GOODS").put("amount", 15000.5).put("currency", "RUB")
        .put("payBy", CaseScenarios.TODAY.plusDays(10).toString());
  }

  private static ObjectNode receivable() {
    return JSON.createObjectNode().put("invoiceNumber", "INV-BAD-1").put("customerInn", "7707083893")
        .put("customerName", "Customer LLC").put("managerId", "anna").put("amount", 1000).put("currency", "RUB")
        .put("issueDate", CaseScenarios.TODAY.minusDays(10).toString())
        .put("dueDate", CaseScenarios.TODAY.plusDays(10).toString());
  }

  private static ObjectNode order() {
    return JSON.createObjectNode().put("orderNumber", "ORD-BAD-1").put("customerInn", "7707083893")
        .put("customerName", "Customer LLC").put("team", "NEW_CLIENTS").put("value", 1000).put("currency", "RUB")
        .put("requestedDate", CaseScenarios.TODAY.plusDays(5).toString()).put("address", "1 Road")
        .put("zone", "North").put("goods", "Paper").put("weightKg", 10);
  }

  private static ObjectNode counterparty() {
    return JSON.createObjectNode().put("name", "Sberbank").put("kpp", "773601001");
  }

  private static ObjectNode counterpartyWithBank(String bankName) {
    var body = counterparty();
    body.putObject("requisites").put("bik", "044525225").put("settlementAccount", "40702810303800000001")
        .put("bankName", bankName);
    return body;
  }

  private static ObjectNode received() {
    return JSON.createObjectNode().put("amount", 100).put("date", CaseScenarios.TODAY.toString())
        .put("reference", "PP-1");
  }

  private static ObjectNode put(ObjectNode node, String field, Object value) {
    node.set(field, JSON.valueToTree(value));
    return node;
  }

  private String firstInvoice() {
    return jdbc.queryForObject("select min(invoice_number) from receivable", String.class);
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : new String[] {"payment_request", "receivable", "receivable_payment", "delivery_order",
        "counterparty", "counterparty_account", "case_event", "document", "payment_promise", "instalment"}) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }
}
