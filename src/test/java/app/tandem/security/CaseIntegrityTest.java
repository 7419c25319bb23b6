package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.form.FormField;
import app.tandem.common.form.TaskForms;
import app.tandem.common.form.UserTaskForm;
import app.tandem.support.CaseScenarios;
import app.tandem.support.CaseScenarios.Reached;
import app.tandem.support.FormFiles;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every declared user task form of every process attacked through the real engine REST API and the
 * webapps' engine API, the way a colleague with their own password could: another case's number, the
 * initiator, a gateway's variable, another task's field, someone outside the role, variables written
 * directly, BPMN errors. Each is refused with 400/403 as problem+json naming the field or the role, and
 * nothing changes: the task stays open, no case's history grows, the instance's variables are as they
 * were. The list of tasks comes from the declarations ({@link TaskForms}), so a new task is attacked too
 * — or the test fails because no scenario reaches it.
 *
 * <p>Size: Long because it tries every tampering on every process's endpoints.
 */
@TandemSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseIntegrityTest {

  /** The notifications the scenarios cause go here. */
  @org.junit.jupiter.api.extension.RegisterExtension
  static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
      com.icegreen.greenmail.util.ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CASE_KEYS = List.of("caseNumber", "requestNumber", "invoiceNumber", "orderNumber");
  private static final List<String> ENGINE_SIDE = List.of("status", "initiator", "managerId", "history",
      "approvalOutcome", "approverGroup", "paymentOutcome", "requestValid", "dunningAction", "contactOutcome",
      "debtDecision", "deliveryOutcome", "holdDecision", "onCreditHold", "ordersOnList", "taskHolders");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  org.springframework.context.ApplicationContext context;
  @Autowired
  TaskForms forms;
  @Autowired
  JdbcTemplate jdbc;

  final Map<String, Reached> reached = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> variablesBefore = new LinkedHashMap<>();
  long eventsBefore;

  @BeforeAll
  void bringACaseToEveryTask() {
    ClockUtil.setCurrentTime(Date.from(CaseScenarios.TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Moscow"))
        .toInstant()));
    var scenarios = CaseScenarios.of(context);
    for (UserTaskForm form : forms.taskForms()) {
      var case_ = scenarios.reach(form);
      reached.put(key(form), case_);
      variablesBefore.put(key(form), engine.getRuntimeService().getVariables(case_.instance().getId()));
    }
    eventsBefore = events();
  }

  @AfterAll
  void nothingChanged() {
    try {
      assertThat(events()).as("no case's history grew").isEqualTo(eventsBefore);
      for (var entry : reached.entrySet()) {
        var task = entry.getValue().task();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(entry.getKey())
            .isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariables(entry.getValue().instance().getId())).as(entry.getKey())
            .isEqualTo(variablesBefore.get(entry.getKey()));
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
            .as(entry.getKey() + " is held by the same person").isEqualTo(task.getAssignee());
      }
    } finally {
      ClockUtil.reset();
    }
  }

  Stream<String> tasks() {
    return forms.taskForms().stream().map(CaseIntegrityTest::key).sorted();
  }

  @Test
  void everyProcessWithUserTasksHasAScenario() {
    assertThat(forms.taskForms().stream().map(UserTaskForm::processKey).collect(Collectors.toSet()))
        .isSubsetOf(CaseScenarios.processes());
    assertThat(reached).hasSize(forms.taskForms().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void theFormShowsTheCaseFromItsTables(String task) throws Exception {
    var case_ = reached.get(task);
    var answer = HttpCaller.as(port, case_.worker()).get("/engine-rest/task/" + case_.task().getId() + "/form-variables");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    var shown = JSON.readTree(answer.body());
    for (String name : FormFiles.namesRead(case_.form().processKey(), case_.form().taskId())) {
      assertThat(shown.has(name)).as(task + " shows " + name).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void anotherCasesNumberIsRefused(String task) throws Exception {
    var case_ = reached.get(task);
    String other = case_.otherCase() != null ? case_.otherCase() : "PR-2026-99999";
    for (String key : CASE_KEYS.stream().filter(name -> !case_.form().fieldNames().contains(name)).toList()) {
      for (String endpoint : List.of("complete", "submit-form")) {
        var answer = HttpCaller.as(port, case_.worker()).postJson("/engine-rest/task/" + case_.task().getId() + "/"
            + endpoint, variables(Map.of(key, other)));
        assertRefusedOn(answer, 400, key, task + " " + endpoint);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void engineSideValuesAreRefused(String task) throws Exception {
    var case_ = reached.get(task);
    for (String key : ENGINE_SIDE) {
      var answer = HttpCaller.as(port, case_.worker()).postJson("/engine-rest/task/" + case_.task().getId()
          + "/complete", variables(Map.of(key, "boris")));
      assertRefusedOn(answer, 400, key, task);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void anotherTasksFieldsAreRefused(String task) throws Exception {
    var case_ = reached.get(task);
    var own = case_.form().fieldNames();
    var others = forms.taskForms().stream().filter(form -> form.processKey().equals(case_.form().processKey()))
        .flatMap(form -> form.fields().stream()).map(FormField::name).filter(name -> !own.contains(name)).distinct()
        .toList();
    for (String key : others) {
      var answer = HttpCaller.as(port, case_.worker()).postJson("/engine-rest/task/" + case_.task().getId()
          + "/submit-form", variables(Map.of(key, "x")));
      assertRefusedOn(answer, 400, key, task);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void theWebappsEngineApiIsGuardedAlike(String task) throws Exception {
    var case_ = reached.get(task);
    var tasklist = HttpCaller.webappSession(port, case_.worker(), "tasklist");
    var answer = tasklist.postJson("/camunda/api/engine/engine/default/task/" + case_.task().getId() + "/submit-form",
        variables(Map.of("initiator", "boris")));
    assertRefusedOn(answer, 400, "initiator", task);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void someoneOutsideTheRoleCannotWorkOnIt(String task) {
    var case_ = reached.get(task);
    var outsider = HttpCaller.as(port, case_.outsider());
    var answer = outsider.postJson("/engine-rest/task/" + case_.task().getId() + "/submit-form", "{\"variables\":{}}");
    assertThat(answer.statusCode()).as(task + ": " + answer.body()).isIn(403, 404);
    assertThat(outsider.get("/engine-rest/task/" + case_.task().getId() + "/form-variables").statusCode())
        .isIn(403, 404);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void itCannotBeHandedToSomeoneOutsideTheRole(String task) throws Exception {
    var case_ = reached.get(task);
    var worker = HttpCaller.as(port, case_.worker());
    String path = "/engine-rest/task/" + case_.task().getId();
    var claim = worker.postJson(path + "/claim", "{\"userId\":\"" + case_.outsider() + "\"}");
    assertThat(claim.statusCode()).as(task + ": " + claim.body()).isIn(400, 403);
    assertProblem(claim);
    for (String call : List.of("/assignee", "/delegate")) {
      assertThat(worker.postJson(path + call, "{\"userId\":\"" + case_.outsider() + "\"}").statusCode())
          .as(task + call).isEqualTo(403);
    }
    assertThat(worker.postJson(path + "/identity-links", "{\"userId\":\"" + case_.outsider()
        + "\",\"type\":\"candidate\"}").statusCode()).as(task + " identity link").isEqualTo(403);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void variablesAndBpmnErrorsCannotBeSentAtIt(String task) throws Exception {
    var case_ = reached.get(task);
    var worker = HttpCaller.as(port, case_.worker());
    String path = "/engine-rest/task/" + case_.task().getId();
    String instance = "/engine-rest/process-instance/" + case_.instance().getId();
    List<HttpResponse<String>> answers = List.of(
        worker.putJson(path + "/variables/status", "{\"value\":\"PAID\",\"type\":\"String\"}"),
        worker.postJson(path + "/variables", "{\"modifications\":{\"status\":{\"value\":\"PAID\"}}}"),
        worker.putJson(path + "/localVariables/status", "{\"value\":\"PAID\",\"type\":\"String\"}"),
        worker.postJson(path + "/bpmnError", "{\"errorCode\":\"cancel\"}"),
        worker.postJson(path + "/bpmnEscalation", "{\"escalationCode\":\"up\"}"),
        worker.postJson(path + "/resolve", variables(Map.of("status", "PAID"))),
        worker.putJson(instance + "/variables/status", "{\"value\":\"PAID\",\"type\":\"String\"}"),
        worker.postJson(instance + "/modification", "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\""
            + case_.form().taskId() + "\"}]}"),
        worker.postJson("/engine-rest/message", "{\"messageName\":\"InvoiceSettled\",\"businessKey\":\""
            + case_.instance().getBusinessKey() + "\"}"));
    for (var answer : answers) {
      assertThat(answer.statusCode()).as(task + ": " + answer.uri() + " " + answer.body()).isIn(400, 403, 404);
      assertProblem(answer);
    }
  }

  // ---- helpers ----

  private void assertRefusedOn(HttpResponse<String> answer, int status, String field, String what) throws Exception {
    assertThat(answer.statusCode()).as(what + " sending " + field + ": " + answer.body()).isEqualTo(status);
    assertProblem(answer);
    JsonNode errors = JSON.readTree(answer.body()).path("errors");
    assertThat(errors.findValuesAsText("field")).as(what + ": " + answer.body()).contains(field);
  }

  private static void assertProblem(HttpResponse<String> answer) throws Exception {
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    var body = JSON.readTree(answer.body());
    assertThat(body.path("status").asInt()).isEqualTo(answer.statusCode());
    assertThat(answer.body()).doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("update ")
        .doesNotContain("Exception").doesNotContain("at org.");
  }

  private static String variables(Map<String, String> values) {
    return "{\"variables\":{" + values.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":{\"value\":\"" + e.getValue() + "\",\"type\":\"String\"}")
        .collect(Collectors.joining(",")) + "}}";
  }

  private long events() {
    return jdbc.queryForObject("select count(*) from case_event", Long.class);
  }

  private static String key(UserTaskForm form) {
    return form.processKey() + "/" + form.taskId();
  }
}
