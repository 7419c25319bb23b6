package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.form.TaskForms;
import app.tandem.payment.PaymentApprovalProcess;
import app.tandem.payment.PaymentRequestService;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case is started in the caller's name with only its start form's fields, whichever API is used:
 * no initiator, business key, case number or engine-side value can be supplied, and processes that
 * Tandem starts itself cannot be started by hand.
 */
@TandemSpringTest
class StartIntegrityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  PaymentRequestService requests;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  RepositoryService repository;
  @Autowired
  TaskForms forms;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aStartRunsInTheCallersNameAndTakesOnlyTheStartFormsFields() throws Exception {
    long before = count();
    var anna = HttpCaller.as(port, "anna");
    for (String extra : new String[] {"initiator", "requestNumber", "status", "approverGroup", "caseNumber"}) {
      var fields = paymentStart();
      fields.put(extra, "boris");
      for (String path : new String[] {"/engine-rest/process-definition/key/payment-approval/start",
          "/engine-rest/process-definition/key/payment-approval/submit-form"}) {
        assertRefusedOn(anna.postJson(path, variables(fields)), 400, extra);
      }
    }
    assertRefusedOn(anna.postJson("/engine-rest/process-definition/key/payment-approval/start",
        "{\"businessKey\":\"PR-2026-00001\"," + variables(paymentStart()).substring(1)), 400, "businessKey");
    var tasklist = HttpCaller.webappSession(port, "anna", "tasklist");
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PaymentApprovalProcess.KEY)
        .latestVersion().singleResult().getId();
    var withInitiator = paymentStart();
    withInitiator.put("initiator", "svetlana");
    assertRefusedOn(tasklist.postJson("/camunda/api/engine/engine/default/process-definition/" + definition
        + "/submit-form", variables(withInitiator)), 400, "initiator");
    assertThat(count()).as("nothing was registered").isEqualTo(before);

    var started = anna.postJson("/engine-rest/process-definition/key/payment-approval/start", variables(paymentStart()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = JSON.readTree(started.body()).path("id").asText();
    String number = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
    assertThat(requests.get(number).getInitiator()).isEqualTo("anna");
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getAssignee()).isEqualTo("anna");
  }

  @Test
  void otherRolesCannotRaiseRequestsAndNobodyStartsTandemsOwnProcessesByHand() {
    long before = count();
    assertThat(HttpCaller.as(port, "svetlana").postJson("/engine-rest/process-definition/key/payment-approval/start",
        variables(paymentStart())).statusCode()).isEqualTo(403);
    for (String key : new String[] {"overdue-debt-escalation", "delivery-list", "hard-cases-review",
        "overdue-debt-scan", "receivables-ageing-report"}) {
      var answer = HttpCaller.as(port, "anna").postJson("/engine-rest/process-definition/key/" + key + "/start",
          "{\"variables\":{}}");
      assertThat(answer.statusCode()).as(key + ": " + answer.body()).isIn(403, 404);
    }
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anOrderIsPlacedOnlyForTheManagersOwnTeamAndInTheirName() throws Exception {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("orderNumber", "REST-9001");
    order.put("team", "KEY_ACCOUNTS");
    order.put("value", "120000");
    order.put("currency", "RUB");
    order.put("requestedDate", LocalDate.now().plusDays(7).toString());
    order.put("customerInn", app.tandem.delivery.DeliveryFixtures.nextInn());
    order.put("customerName", "REST LLC");
    order.put("address", "1 Test Street");
    order.put("zone", "Moscow-East");
    order.put("goods", "Boxes");
    order.put("weightKg", "10");
    var anna = HttpCaller.as(port, "anna");
    var wrongTeam = anna.postJson("/engine-rest/process-definition/key/delivery-prioritisation/start", variables(order));
    assertRefusedOn(wrongTeam, 400, "team");
    order.put("managerId", "boris");
    assertRefusedOn(anna.postJson("/engine-rest/process-definition/key/delivery-prioritisation/start",
        variables(order)), 400, "managerId");
  }

  private static Map<String, Object> paymentStart() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("contractorInn", "7707083893");
    fields.put("purpose", "Office chairs");
    fields.put("category", "GOODS");
    fields.put("amount", "15000,50");
    fields.put("currency", "RUB");
    fields.put("payBy", LocalDate.now().plusDays(14).toString());
    return fields;
  }

  private static String variables(Map<String, Object> values) {
    return "{\"variables\":{" + values.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":{\"value\":\"" + e.getValue() + "\",\"type\":\"String\"}")
        .collect(Collectors.joining(",")) + "}}";
  }

  private static void assertRefusedOn(HttpResponse<String> answer, int status, String field) throws Exception {
    assertThat(answer.statusCode()).as(field + ": " + answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(JSON.readTree(answer.body()).path("errors").findValuesAsText("field")).as(answer.body()).contains(field);
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from payment_request", Long.class);
  }
}
