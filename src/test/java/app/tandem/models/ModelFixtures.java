package app.tandem.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Small models written to a folder pair {@code bpmn/} + {@code forms/}, conforming to the
 * conventions unless a test breaks them on purpose. The fluent builder draws the diagram (DI).
 */
final class ModelFixtures {

  static final String PROCESS_ID = "fixture-review";
  static final String FORM_ID = "fixture-review-form";

  final Path root;
  final Path bpmn;
  final Path forms;

  ModelFixtures(Path root) {
    this.root = root;
    this.bpmn = root.resolve("bpmn");
    this.forms = root.resolve("forms");
    try {
      Files.createDirectories(bpmn);
      Files.createDirectories(forms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A process with a Camunda Form task, an embedded HTML form task and a timer. */
  static BpmnModelInstance reviewProcess(String processName) {
    return Bpmn.createExecutableProcess(PROCESS_ID)
        .name(processName)
        .camundaHistoryTimeToLive(3650)
        .camundaVersionTag("1")
        .startEvent("Event_ReviewRequested").name("Review requested")
        .userTask("Task_ReviewCase").name("Review case").camundaFormRef(FORM_ID).camundaFormRefBinding("latest")
        .userTask("Task_AttachDocument").name("Attach document")
        .camundaFormKey("embedded:deployment:forms/fixture-attach.html")
        .intermediateCatchEvent("Timer_CoolingOff").name("Cooling-off period over").timerWithDuration("P7D")
        .endEvent("Event_ReviewDone").name("Review done")
        .done();
  }

  ModelFixtures write(BpmnModelInstance model, String fileName) {
    Bpmn.writeModelToFile(bpmn.resolve(fileName).toFile(), model);
    return this;
  }

  ModelFixtures writeBpmnXml(String fileName, String xml) {
    return writeFile(bpmn.resolve(fileName), xml);
  }

  String bpmnXml(BpmnModelInstance model) {
    return Bpmn.convertToString(model);
  }

  ModelFixtures writeForm(String id, String fieldKey) {
    return writeFile(forms.resolve(id + ".form"), """
        {
          "id": "%s",
          "type": "default",
          "schemaVersion": 16,
          "components": [
            { "type": "textfield", "key": "%s", "label": "Case" },
            { "type": "text", "text": "Check the case before you continue." }
          ]
        }
        """.formatted(id, fieldKey));
  }

  ModelFixtures writeHtmlForm(String name, String variable) {
    return writeFile(forms.resolve(name), """
        <form role="form" name="attachDocument">
          <div data-field="%s" data-label="Document"></div>
          <script cam-script type="text/form-script">TandemForms.bind(camForm);</script>
        </form>
        """.formatted(variable));
  }

  /** The conforming set: process, its Camunda form and its embedded form. */
  ModelFixtures conforming() {
    return write(reviewProcess("Review"), PROCESS_ID + ".bpmn")
        .writeForm(FORM_ID, "caseNumber")
        .writeHtmlForm("fixture-attach.html", "counterpartyName");
  }

  private ModelFixtures writeFile(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
