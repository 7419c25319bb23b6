package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.time.LocalDate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role sees and completes only tasks meant for its group or assigned to its members.
 *
 * <p>Size: Long because it tries every role on every process's tasks.
 */
@TandemSpringTest
class TaskIsolationTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  String accountingTaskId;

  @BeforeEach
  void createAccountingTask() {
    Task task = tasks.newTask();
    task.setName("Pay supplier invoice");
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), "accounting");
    accountingTaskId = task.getId();
  }

  @Test
  void managerCannotSeeAnAccountingTask() {
    var anna = HttpCaller.as(port, "anna");

    assertThat(anna.get("/engine-rest/task").body()).doesNotContain(accountingTaskId);
    assertThat(anna.get("/engine-rest/task?candidateGroup=accounting").body()).isEqualTo("[]");
    for (String query : new String[] {"candidateGroupLike=%25&candidateUser=anna",
        "candidateUser=anna&candidateGroupLike=%25", "candidateGroupLike=acc%25",
        "candidateGroups=accounting,sales-managers", "assigneeLike=%25",
        "withCandidateGroups=true", "unassigned=true"}) {
      var answer = anna.get("/engine-rest/task?" + query);
      assertThat(answer.statusCode()).as(query).isIn(200, 400);
      assertThat(answer.body()).as(query).doesNotContain(accountingTaskId);
    }
    assertThat(anna.get("/engine-rest/task/" + accountingTaskId).statusCode()).isIn(403, 404);
  }

  @Test
  void revokeAuthorizationsAreRefusedSoThatNoCommandNeedsToAskForThem() {
    var admin = HttpCaller.as(port, "admin");

    var answer = admin.postJson("/engine-rest/authorization/create", "{\"type\":2,\"permissions\":[\"READ\"],"
        + "\"userId\":\"olga\",\"resourceType\":7,\"resourceId\":\"" + accountingTaskId + "\"}");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Tandem does not use REVOKE authorizations");
    var revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("olga");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(accountingTaskId);
    revoke.addPermission(Permissions.READ);
    assertThatThrownBy(() -> authorizations.saveAuthorization(revoke))
        .hasMessageContaining("REVOKE");

    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();
    assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualTo("never");
    assertThat(HttpCaller.as(port, "olga").get("/engine-rest/task?candidateGroup=accounting").body())
        .contains(accountingTaskId);
  }

  @Test
  void managerCannotCompleteOrClaimAnAccountingTask() {
    var anna = HttpCaller.as(port, "anna");

    assertThat(anna.postJson("/engine-rest/task/" + accountingTaskId + "/claim", "{\"userId\":\"anna\"}").statusCode())
        .isIn(403, 404);
    assertThat(anna.postJson("/engine-rest/task/" + accountingTaskId + "/complete", "{}").statusCode())
        .isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(accountingTaskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void managerCannotCompleteAnAccountingTaskThroughTasklist() {
    var tasklist = HttpCaller.webappSession(port, "anna", "tasklist");

    assertThat(tasklist.get("/camunda/api/engine/engine/default/task").body()).doesNotContain(accountingTaskId);
    assertThat(tasklist.postJson("/camunda/api/engine/engine/default/task/" + accountingTaskId + "/complete", "{}")
        .statusCode()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(accountingTaskId).count()).isEqualTo(1);
  }

  @Test
  void otherRolesCannotCompleteAnAccountingTaskEither() {
    for (String user : new String[] {"boris", "svetlana", "fedor", "lev", "dmitry"}) {
      var caller = HttpCaller.as(port, user);
      assertThat(caller.get("/engine-rest/task").body()).as(user).doesNotContain(accountingTaskId);
      assertThat(caller.postJson("/engine-rest/task/" + accountingTaskId + "/complete", "{}").statusCode())
          .as(user).isIn(403, 404);
    }
    assertThat(tasks.createTaskQuery().taskId(accountingTaskId).count()).isEqualTo(1);
  }

  @Test
  void accountantSeesClaimsAndCompletesTheAccountingTask() {
    var olga = HttpCaller.as(port, "olga");

    assertThat(olga.get("/engine-rest/task?candidateGroup=accounting").body()).contains(accountingTaskId);
    assertThat(olga.postJson("/engine-rest/task/" + accountingTaskId + "/claim", "{\"userId\":\"olga\"}").statusCode())
        .isEqualTo(204);
    assertThat(olga.postJson("/engine-rest/task/" + accountingTaskId + "/complete",
        "{\"variables\":{\"paymentOrderNumber\":{\"value\":\"PO-1\",\"type\":\"String\"}}}").statusCode())
        .isEqualTo(204);

    assertThat(tasks.createTaskQuery().taskId(accountingTaskId).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().taskId(accountingTaskId).singleResult().getAssignee())
        .isEqualTo("olga");
  }

  @Test
  void accountantCannotHandTheTaskToSomeoneElse() {
    var olga = HttpCaller.as(port, "olga");

    assertThat(olga.postJson("/engine-rest/task/" + accountingTaskId + "/assignee", "{\"userId\":\"anna\"}").statusCode())
        .isEqualTo(403);
    assertThat(olga.postJson("/engine-rest/task/" + accountingTaskId + "/delete", "{}").statusCode())
        .isIn(403, 404, 405);
    assertThat(tasks.createTaskQuery().taskId(accountingTaskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void taskAssignedToAManagerIsTheirsAlone() {
    Task task = tasks.newTask();
    task.setName("Complete payment request");
    tasks.saveTask(task);
    tasks.setAssignee(task.getId(), "anna");

    assertThat(HttpCaller.as(port, "boris").get("/engine-rest/task/" + task.getId()).statusCode()).isIn(403, 404);
    assertThat(HttpCaller.as(port, "boris").get("/engine-rest/task?assignee=anna").body())
        .doesNotContain(task.getId());
    assertThat(HttpCaller.as(port, "boris").get("/engine-rest/task?candidateUser=anna").body())
        .doesNotContain(task.getId());
    assertThat(HttpCaller.as(port, "anna").get("/engine-rest/task?assignee=anna").body()).contains(task.getId());
    assertThat(HttpCaller.as(port, "boris").postJson("/engine-rest/task/" + task.getId() + "/complete", "{}")
        .statusCode()).isIn(403, 404);
    assertThat(HttpCaller.as(port, "anna").get("/engine-rest/task/" + task.getId()).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "anna").postJson("/engine-rest/task/" + task.getId() + "/complete", "{}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  void noGrantRowIsWrittenPerTaskAndAPersonTakenOffATaskCanNoLongerOpenIt() {
    var olga = HttpCaller.as(port, "olga");
    assertThat(olga.postJson("/engine-rest/task/" + accountingTaskId + "/claim", "{\"userId\":\"olga\"}").statusCode())
        .isEqualTo(204);
    String handed = standalone("Hand over");
    tasks.setAssignee(handed, "anna");
    tasks.setAssignee(handed, "boris");

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(accountingTaskId).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(handed).count())
        .isZero();
    assertThat(olga.get("/engine-rest/task/" + accountingTaskId).statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "boris").get("/engine-rest/task/" + handed).statusCode()).isEqualTo(200);
    // the engine's grant would have stayed with anna after the task went to boris
    assertThat(HttpCaller.as(port, "anna").get("/engine-rest/task/" + handed).statusCode()).isIn(403, 404);
    assertThat(HttpCaller.as(port, "anna").postJson("/engine-rest/task/" + handed + "/complete", "{}").statusCode())
        .isIn(403, 404);
    assertThat(HttpCaller.as(port, "boris").postJson("/engine-rest/task/" + handed + "/complete", "{}").statusCode())
        .isEqualTo(204);
  }

  @Test
  void aGrantMadeByHandOnOneTaskStillOpensIt() {
    var anna = HttpCaller.as(port, "anna"); // identity links: a single-task READ check, no task query
    assertThat(anna.get("/engine-rest/task/" + accountingTaskId + "/identity-links").statusCode()).isIn(403, 404);
    var grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("anna");
    grant.setResource(Resources.TASK);
    grant.setResourceId(accountingTaskId);
    grant.addPermission(Permissions.READ);
    String grantId = authorizations.saveAuthorization(grant).getId();
    try {
      assertThat(anna.get("/engine-rest/task/" + accountingTaskId + "/identity-links").statusCode()).isEqualTo(200);
      assertThat(anna.postJson("/engine-rest/task/" + accountingTaskId + "/complete", "{}").statusCode())
          .isIn(403, 404);
    } finally {
      authorizations.deleteAuthorization(grantId);
    }
    assertThat(anna.get("/engine-rest/task/" + accountingTaskId + "/identity-links").statusCode()).isIn(403, 404);
  }

  @Test
  void groupFilterListsTheGroupsOpenTasks() {
    var olga = HttpCaller.as(port, "olga");
    String filters = olga.get("/engine-rest/filter").body();
    String groupFilterId = filters.replaceAll(".*\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"My group's tasks\".*", "$1");

    assertThat(olga.postJson("/engine-rest/filter/" + groupFilterId + "/list", "{}").body()).contains(accountingTaskId);
    assertThat(HttpCaller.as(port, "anna").postJson("/engine-rest/filter/" + groupFilterId + "/list", "{}").body())
        .doesNotContain(accountingTaskId);
  }

  @Test
  void listsAndCountsShowAPersonTheTasksTheyAreAssigneeOwnerOrCandidateOf() {
    var anna = HttpCaller.as(port, "anna");
    var boris = HttpCaller.as(port, "boris");
    long annasBefore = count(anna);
    long borisBefore = count(boris);
    String assigned = standalone("Assigned to Anna");
    tasks.setAssignee(assigned, "anna");
    String owned = standalone("Owned by Anna");
    tasks.setOwner(owned, "anna");
    String candidate = standalone("Anna may take it");
    tasks.addCandidateUser(candidate, "anna");

    assertThat(anna.get("/engine-rest/task?maxResults=1000").body()).contains(assigned, owned, candidate)
        .doesNotContain(accountingTaskId);
    assertThat(count(anna)).isEqualTo(annasBefore + 3);
    assertThat(boris.get("/engine-rest/task?maxResults=1000").body())
        .doesNotContain(assigned, owned, candidate, accountingTaskId);
    assertThat(count(boris)).isEqualTo(borisBefore);
  }

  @Test
  void aGroupsTaskClaimedByOneMemberStaysVisibleToTheGroupAsTheEnginesGrantSays() {
    String shared = standalone("Team task");
    tasks.addCandidateGroup(shared, "sales-managers");
    tasks.setAssignee(shared, "boris");

    assertThat(HttpCaller.as(port, "anna").get("/engine-rest/task?maxResults=1000").body()).contains(shared);
    assertThat(HttpCaller.as(port, "olga").get("/engine-rest/task?maxResults=1000").body()).doesNotContain(shared);
  }

  @Test
  void readTaskGrantedOnAProcessListsThatProcesssTasks() {
    var anna = HttpCaller.as(port, "anna");
    String number = anna.postJson("/api/payment-requests", """
        {"contractorInn":"%s","purpose":"Pallets","category":"LOGISTICS","amount":100,"currency":"RUB",
         "payBy":"%s","invoiceNumber":"INV-RT"}""".formatted(RequisitesFixtures.inn("790300001"),
        LocalDate.now().plusDays(10))).body().replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1");
    String draft = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    var olga = HttpCaller.as(port, "olga");
    assertThat(olga.get("/engine-rest/task?maxResults=1000").body()).doesNotContain(draft);

    var grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("payment-approval").groupIdIn("accounting")
        .singleResult();
    grant.addPermission(Permissions.READ_TASK);
    authorizations.saveAuthorization(grant);
    try {
      assertThat(olga.get("/engine-rest/task?maxResults=1000").body()).contains(draft);
    } finally {
      grant.removePermission(Permissions.READ_TASK);
      authorizations.saveAuthorization(grant);
    }
    assertThat(olga.get("/engine-rest/task?maxResults=1000").body()).doesNotContain(draft);
  }

  private String standalone(String name) {
    Task task = tasks.newTask();
    task.setName(name);
    tasks.saveTask(task);
    return task.getId();
  }

  private static long count(HttpCaller caller) {
    return Long.parseLong(caller.get("/engine-rest/task/count").body().replaceAll("\\D", ""));
  }
}
