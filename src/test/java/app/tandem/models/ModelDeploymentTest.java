package app.tandem.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import app.tandem.TandemApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Models and forms are deployed from the bpmn/ and forms/ folders under portable names, their
 * forms resolve in tasks, and a restart deploys only the packaged files that changed — never silently over a
 * process owner's deployment.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModelDeploymentTest {

  @TempDir
  Path root;
  final String database = "jdbc:h2:mem:deployment-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  @Test
  void deploysModelsWithFormsOnceAndAgainOnlyWhenChanged() throws IOException {
    var fixtures = new ModelFixtures(root).conforming();

    try (var app = start()) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      var deployment = repository.createDeploymentQuery().singleResult();
      assertThat(deployment.getName()).isEqualTo("tandem-models");
      assertThat(repository.getDeploymentResourceNames(deployment.getId())).containsExactlyInAnyOrder(
          "bpmn/fixture-review.bpmn", "forms/fixture-review-form.form", "forms/fixture-attach.html");
      assertFormsRenderInTheirTasks(app);
    }

    try (var restarted = start()) {
      RepositoryService repository = restarted.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ModelFixtures.PROCESS_ID)
          .latestVersion().singleResult().getVersion()).isEqualTo(1);
    }

    fixtures.write(ModelFixtures.reviewProcess("Review (second version)"), ModelFixtures.PROCESS_ID + ".bpmn");
    try (var changed = start()) {
      RepositoryService repository = changed.getBean(RepositoryService.class);
      var latest = repository.createProcessDefinitionQuery().processDefinitionKey(ModelFixtures.PROCESS_ID)
          .latestVersion().singleResult();
      assertThat(latest.getVersion()).isEqualTo(2);
      assertThat(latest.getName()).isEqualTo("Review (second version)");
      assertThat(repository.getDeploymentResourceNames(latest.getDeploymentId()))
          .as("only the changed file").containsExactly("bpmn/fixture-review.bpmn");
      assertFormsRenderInTheirTasks(changed);
    }
  }

  @Test
  void anOwnersDeploymentSurvivesRestartsAndAPackagedChangeOverItIsReportedAndKeptOutUnlessConfigured(
      CapturedOutput output) throws IOException {
    var fixtures = new ModelFixtures(root).conforming();
    try (var app = start()) {
      // as Camunda Modeler deploys: the one file under its plain name, a deployment of its own, a user
      IdentityService identity = app.getBean(IdentityService.class);
      identity.setAuthentication("paula", java.util.List.of("camunda-admin"));
      try {
        app.getBean(RepositoryService.class).createDeployment().name("fixture-review").source("Camunda Modeler")
            .addModelInstance(ModelFixtures.PROCESS_ID + ".bpmn", ModelFixtures.reviewProcess("Review (owner's)"))
            .deploy();
      } finally {
        identity.clearAuthentication();
      }
      assertThat(latestName(app)).isEqualTo("Review (owner's)");
      assertFormsRenderInTheirTasks(app);
    }
    for (int restart = 1; restart <= 2; restart++) {
      try (var restarted = start()) {
        assertThat(latestName(restarted)).as("after restart " + restart).isEqualTo("Review (owner's)");
        assertThat(restarted.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(2);
      }
    }
    assertThat(output.getAll()).doesNotContain("The packaged bpmn/fixture-review.bpmn changed");

    fixtures.write(ModelFixtures.reviewProcess("Review (packaged change)"), ModelFixtures.PROCESS_ID + ".bpmn");
    try (var changed = start()) {
      assertThat(latestName(changed)).as("the owner's version is kept").isEqualTo("Review (owner's)");
      assertThat(output.getAll()).contains("The packaged bpmn/fixture-review.bpmn changed since the application last "
          + "deployed it, but process 'fixture-review' version 2 was deployed after it by deployment 'fixture-review' "
          + "from Camunda Modeler by user paula on ").contains("Kept that version as the newest");
    }

    try (var deployed = start("--tandem.models.on-conflict=deploy-packaged")) {
      assertThat(latestName(deployed)).isEqualTo("Review (packaged change)");
      assertThat(output.getAll()).contains("Deploying the packaged file as the newest version over it");
      assertFormsRenderInTheirTasks(deployed);
    }
  }

  @Test
  void aNodeOfAnEarlierReleaseDeploysNoOldModelAndAPackagedFormOverAnOwnersIsKeptOut(CapturedOutput output)
      throws IOException {
    var fixtures = new ModelFixtures(root).conforming();
    String release1 = java.nio.file.Files.readString(fixtures.bpmn.resolve(ModelFixtures.PROCESS_ID + ".bpmn"));
    try (var first = start()) {
      assertThat(latestName(first)).isEqualTo("Review");
    }
    fixtures.write(ModelFixtures.reviewProcess("Review (release 2)"), ModelFixtures.PROCESS_ID + ".bpmn");
    try (var release2 = start()) {
      assertThat(latestName(release2)).isEqualTo("Review (release 2)");
      release2.getBean(RepositoryService.class).createDeployment().name("fixture-attach").source("Camunda Modeler")
          .addString("fixture-attach.html", "<form role=\"form\" name=\"ownersForm\"></form>").deploy();
    }

    // a node started from the first release's jar, whose form also changed since
    fixtures.writeBpmnXml(ModelFixtures.PROCESS_ID + ".bpmn", release1).writeHtmlForm("fixture-attach.html", "caseNumber");
    try (var old = start()) {
      assertThat(latestName(old)).as("never back to an old model").isEqualTo("Review (release 2)");
      assertThat(output.getAll()).contains("The packaged bpmn/fixture-review.bpmn is an earlier version than the one "
          + "the application deployed last: not deployed")
          .contains("The packaged forms/fixture-attach.html changed since the application last deployed it, but form "
              + "'fixture-attach.html' was deployed after it by deployment 'fixture-attach' from Camunda Modeler on ");
      assertThat(old.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(3);
    }
  }

  @Test
  void aFormDeployedAloneUnderItsPlainNameIsTheFormOfTheNextTaskOpenedAlsoOfRunningCases() throws IOException {
    new ModelFixtures(root).conforming();
    try (var app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      BpmnAwareTests.init(engine);
      var running = engine.getRuntimeService().startProcessInstanceByKey(ModelFixtures.PROCESS_ID, "CASE-2");
      engine.getTaskService().complete(task(running).getId());
      assertThat(running).isWaitingAt("Task_AttachDocument");

      engine.getRepositoryService().createDeployment().name("fixture-attach").source("Camunda Modeler")
          .addString("fixture-attach.html", "<form role=\"form\" name=\"attachDocumentV2\"></form>").deploy();

      assertThat(read(engine.getFormService().getDeployedTaskForm(task(running).getId())))
          .contains("name=\"attachDocumentV2\"");
    }
  }

  private static String latestName(ConfigurableApplicationContext app) {
    return app.getBean(RepositoryService.class).createProcessDefinitionQuery()
        .processDefinitionKey(ModelFixtures.PROCESS_ID).latestVersion().singleResult().getName();
  }

  private void assertFormsRenderInTheirTasks(ConfigurableApplicationContext app) throws IOException {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    BpmnAwareTests.init(engine);
    FormService forms = engine.getFormService();
    var instance = engine.getRuntimeService().startProcessInstanceByKey(ModelFixtures.PROCESS_ID, "CASE-1");

    assertThat(instance).isWaitingAt("Task_ReviewCase");
    assertThat(read(forms.getDeployedTaskForm(task(instance).getId()))).contains("\"id\": \"fixture-review-form\"");
    engine.getTaskService().complete(task(instance).getId());

    assertThat(instance).isWaitingAt("Task_AttachDocument");
    assertThat(read(forms.getDeployedTaskForm(task(instance).getId()))).contains("<form role=\"form\"");
  }

  private ConfigurableApplicationContext start(String... more) {
    var arguments = new java.util.ArrayList<>(java.util.List.of(
        "--spring.datasource.url=" + database,
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--camunda.bpm.deployment-resource-pattern=file:" + root + "/bpmn/*.bpmn,file:" + root
            + "/forms/*.form,file:" + root + "/forms/*.html"));
    arguments.addAll(java.util.List.of(more));
    return new SpringApplicationBuilder(TandemApplication.class).profiles("test").run(arguments.toArray(String[]::new));
  }

  private static String read(InputStream form) throws IOException {
    try (form) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
