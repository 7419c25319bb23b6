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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Models and forms are deployed from the bpmn/ and forms/ folders under portable names, their
 * forms resolve in tasks, and a restart deploys nothing new unless a model changed.
 */
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
      assertThat(repository.getDeploymentResourceNames(latest.getDeploymentId())).contains("forms/fixture-attach.html");
    }
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

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TandemApplication.class).profiles("test").run(
        "--spring.datasource.url=" + database,
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--camunda.bpm.deployment-resource-pattern=file:" + root + "/bpmn/*.bpmn,file:" + root
            + "/forms/*.form,file:" + root + "/forms/*.html");
  }

  private static String read(InputStream form) throws IOException {
    try (form) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
