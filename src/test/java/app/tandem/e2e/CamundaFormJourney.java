package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.TandemSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Forms as the current Camunda Modeler saves them (schemaVersion 19) render in Tasklist 7.24's own form-js:
 * a form saved by Modeler, and every Camunda Form in forms/, each on a task of its own, opened in the real Tasklist.
 * This is what lets {@code ModelConventionsTest} accept those schema versions.
 */
@TandemSpringTest
class CamundaFormJourney {

  /** A form as Camunda Modeler 5 saves it for Camunda 7.24: its exporter, platform and schema version 19. */
  static final String MODELER_FORM = """
      {
        "components": [
          { "text": "# Check the order", "type": "text", "layout": { "row": "Row_0a1" }, "id": "Field_0intro" },
          { "label": "Customer", "type": "textfield", "layout": { "row": "Row_0b2", "columns": 8 },
            "id": "Field_1cust", "key": "customer", "validate": { "required": true } },
          { "label": "Amount", "type": "number", "layout": { "row": "Row_0b2", "columns": 4 },
            "id": "Field_2amt", "key": "amount", "decimalDigits": 2 },
          { "label": "Priority", "type": "select", "layout": { "row": "Row_0c3" }, "id": "Field_3prio",
            "key": "priority", "values": [ { "label": "High", "value": "HIGH" }, { "label": "Normal", "value": "NORMAL" } ] },
          { "label": "Checked by the manager", "type": "checkbox", "layout": { "row": "Row_0d4" },
            "id": "Field_4chk", "key": "checked" }
        ],
        "type": "default",
        "id": "fixture-modeler-form",
        "executionPlatform": "Camunda Platform",
        "executionPlatformVersion": "7.24.0",
        "exporter": { "name": "Camunda Modeler", "version": "5.42.0" },
        "schemaVersion": 19
      }
      """;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void formsSavedByTheCurrentModelerRenderInTasklist() throws IOException {
    List<Map.Entry<String, String>> forms = new ArrayList<>();
    forms.add(Map.entry("fixture-modeler-form", MODELER_FORM));
    try (Stream<Path> packaged = Files.list(Path.of("forms"))) {
      for (Path file : packaged.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        forms.add(Map.entry(file.getFileName().toString().replace(".form", ""), Files.readString(file)));
      }
    }
    try (var browser = new Browser(port)) {
      browser.logIn("tasklist", "admin", "admin");
      for (var form : forms) {
        String taskName = "Render " + form.getKey();
        String taskId = start(form.getKey(), form.getValue(), taskName);
        // the task itself, as a link to it opens it
        browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.waitVisible(By.cssSelector(".fjs-form"));
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".fjs-form-field")).isEmpty());
        assertThat(browser.findAll(By.cssSelector(".fjs-form-field-error, .fjs-error")).stream()
            .noneMatch(error -> error.isDisplayed())).as(form.getKey() + " renders without an error").isTrue();
        browser.screenshot("camunda-form-" + form.getKey());
        if (form.getKey().equals("fixture-modeler-form")) {
          String text = browser.waitVisible(By.cssSelector(".fjs-form")).getText();
          assertThat(text).contains("Check the order", "Customer", "Amount", "Priority", "Checked by the manager");
          for (String type : List.of("textfield", "number", "select", "checkbox")) {
            assertThat(browser.findAll(By.cssSelector(".fjs-form .fjs-form-field-" + type))).as("a " + type + " field")
                .hasSize(1);
          }
        }
      }
    }
  }

  /** A process of its own with one task showing the form, assigned to the administrator: the task's id. */
  private String start(String formId, String form, String taskName) {
    String processId = "render-" + formId;
    var process = Bpmn.createExecutableProcess(processId).name(taskName).camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Render").name(taskName).camundaAssignee("admin").camundaFormRef(formId)
        .camundaFormRefBinding("latest").endEvent().done();
    engine.getRepositoryService().createDeployment().name(processId)
        .addModelInstance(processId + ".bpmn", process).addString(formId + ".form", form).deploy();
    var instance = engine.getRuntimeService().startProcessInstanceByKey(processId);
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }
}
