package app.tandem.models;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static app.tandem.payment.PaymentApprovalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentFixtures;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a process owner deploys from Camunda Modeler — one file, its plain name, a deployment of its own, over
 * {@code POST /engine-rest/deployment/create} — applies at once: a table from the next decision of every case, a
 * BPMN with all its forms.
 */
@TandemSpringTest
class ProcessOwnerDeploymentTest {

  static final AtomicInteger SEED = new AtomicInteger(1);

  @LocalServerPort
  int port;
  @Autowired
  PaymentApprovalStarter starter;
  @Autowired
  TaskService tasks;
  @Autowired
  RepositoryService repository;
  @Autowired
  IdentityService identities;

  @Test
  void aChangedApproversTableDeployedAloneRoutesTheNextRequestAndTheNextDecisionOfARunningOne() throws IOException {
    String contractor = contractor();
    var running = starter.start(PaymentFixtures.draft(contractor, "700000"), "anna", null).instance();
    String table = Files.readString(Path.of("bpmn/payment-approvers.dmn"))
        .replace("<text>&gt; 1000000</text>", "<text>&gt; 500000</text>");
    assertThat(table).as("the owner lowers the rouble threshold").contains("<text>&gt; 500000</text>");

    String deployment = deploy("payment-approvers.dmn", table);
    try {
      complete(running, contractor, "700000");
      approve(running);
      assertThat(candidateGroupsOfTheTaskOf(running)).as("started before the change, decided after it")
          .containsExactly("finance");

      var next = starter.start(PaymentFixtures.draft(contractor, "700000"), "anna", null).instance();
      complete(next, contractor, "700000");
      approve(next);
      assertThat(candidateGroupsOfTheTaskOf(next)).containsExactly("finance");
    } finally {
      undeploy(deployment);
    }
    var packaged = starter.start(PaymentFixtures.draft(contractor, "700000"), "anna", null).instance();
    complete(packaged, contractor, "700000");
    approve(packaged);
    assertThat(taskOf(packaged).getTaskDefinitionKey()).as("the packaged table again: the head of sales alone")
        .isEqualTo(PAY);
  }

  @Test
  void aChangedBpmnDeployedAloneKeepsEveryFormOfItsProcess() throws IOException {
    String bpmn = Files.readString(Path.of("bpmn/payment-approval.bpmn"))
        .replace("name=\"Approve payment request\"", "name=\"Approve the payment request\"");
    assertThat(bpmn).contains("name=\"Approve the payment request\"");

    String deployment = deploy("payment-approval.bpmn", bpmn);
    try {
      var definition = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
      assertThat(repository.getDeploymentResourceNames(deployment)).containsExactly("payment-approval.bpmn");
      assertForm(HttpCaller.as(port, "anna").get(
          "/engine-rest/process-definition/" + definition.getId() + "/deployed-start-form"));

      String contractor = contractor();
      var request = starter.start(PaymentFixtures.draft(contractor, "15000"), "anna", null).instance();
      assertThat(request.getProcessDefinitionId()).isEqualTo(definition.getId());
      assertForm(HttpCaller.as(port, "anna").get("/engine-rest/task/" + taskOf(request).getId() + "/deployed-form"));
      complete(request, contractor, "15000");

      Task approval = taskOf(request);
      assertThat(approval.getName()).isEqualTo("Approve the payment request");
      assertForm(HttpCaller.as(port, "svetlana").get("/engine-rest/task/" + approval.getId() + "/deployed-form"));
      approve(request);

      assertThat(taskOf(request).getTaskDefinitionKey()).isEqualTo(PAY);
      assertForm(HttpCaller.as(port, "olga").get("/engine-rest/task/" + taskOf(request).getId() + "/deployed-form"));
    } finally {
      undeploy(deployment);
    }
  }

  private static void assertForm(java.net.http.HttpResponse<String> form) {
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(form.body()).contains("<form");
  }

  /** As Camunda Modeler's Deploy does: the file under its plain name, named after it, its source "Camunda Modeler". */
  private String deploy(String fileName, String content) {
    var answer = HttpCaller.as(port, "admin").postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", fileName.replaceAll("\\.\\w+$", ""), "deployment-source", "Camunda Modeler",
            "deploy-changed-only", "false"),
        fileName, fileName, "application/xml", content.getBytes(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body().replaceAll("(?s)^\\{\"links\":.*?\"id\":\"([^\"]+)\".*$", "$1");
  }

  private void undeploy(String deployment) {
    var answer = HttpCaller.as(port, "admin")
        .delete("/engine-rest/deployment/" + deployment + "?cascade=true&skipCustomListeners=true&skipIoMappings=true");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
  }

  private void complete(ProcessInstance request, String contractor, String amount) {
    Task draft = taskOf(request);
    assertThat(draft.getTaskDefinitionKey()).isEqualTo(COMPLETE);
    var form = PaymentFixtures.completedRequest(contractor, SEED.get(), amount);
    asUser("anna", () -> tasks.complete(draft.getId(), form));
  }

  private void approve(ProcessInstance request) {
    Task approval = taskOf(request);
    assertThat(approval.getTaskDefinitionKey()).isEqualTo(APPROVE);
    var svetlana = HttpCaller.as(port, "svetlana");
    assertThat(svetlana.postJson("/engine-rest/task/" + approval.getId() + "/claim", "{\"userId\":\"svetlana\"}")
        .statusCode()).isEqualTo(204);
    var answer = svetlana.postJson("/engine-rest/task/" + approval.getId() + "/submit-form",
        "{\"variables\":{\"" + APPROVAL_DECISION.name() + "\":{\"value\":\"" + APPROVE_DECISION + "\"}}}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
  }

  private Task taskOf(ProcessInstance request) {
    return tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
  }

  private List<String> candidateGroupsOfTheTaskOf(ProcessInstance request) {
    Task task = taskOf(request);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(APPROVE);
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  private void asUser(String user, Runnable step) {
    var groups = identities.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identities.setAuthentication(user, groups);
    try {
      step.run();
    } finally {
      identities.clearAuthentication();
    }
  }

  private static String contractor() {
    return inn("7902" + String.format("%05d", SEED.getAndIncrement()));
  }
}
