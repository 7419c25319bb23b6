package app.tandem.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Size: Long because it proves every convention check fails on a broken model. */
class ModelConventionsTest {

  @Test
  void projectModelsFollowTheConventions() {
    Path bpmn = Path.of("bpmn");
    Path forms = Path.of("forms");
    assertThat(bpmn).isDirectory();
    assertThat(forms).isDirectory();

    assertThat(ModelConventions.check(bpmn, forms)).isEmpty();
  }

  @Test
  void declaredVariablesAreFoundInTheCode() {
    assertThat(ModelConventions.declaredProcessVariables()).contains("caseNumber", "counterpartyName", "amountDisplay");
  }

  @Test
  void declaredFormsAreFoundInTheCode() {
    var declarations = ModelConventions.declaredForms().fields();
    assertThat(declarations).containsKeys("payment-approval/Task_ApprovePaymentRequest", "payment-approval",
        "overdue-debt-escalation/Task_ContactCustomer", "delivery-list/Task_ApproveDeliveryList");
    assertThat(declarations.get("payment-approval/Task_ApprovePaymentRequest"))
        .containsExactlyInAnyOrder("approvalDecision", "comment");
  }

  /** Each rule, proven to fire on a model that breaks it. */
  @org.junit.jupiter.api.Nested
  class Rules {

    @TempDir
    Path root;
    ModelFixtures fixtures;

    @BeforeEach
    void conformingModels() {
      fixtures = new ModelFixtures(root).conforming();
    }

    @Test
    void conformingModelsPass() {
      assertThat(check()).isEmpty();
    }

    @Test
    void generatedIdsAreReported() {
      var model = ModelFixtures.reviewProcess("Review");
      model.<UserTask>getModelElementById("Task_ReviewCase").setId("Activity_0x3f9k2");
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check()).anyMatch(v -> v.contains("generated id 'Activity_0x3f9k2'"));
    }

    @Test
    void missingDiagramIsReported() {
      String xml = fixtures.bpmnXml(ModelFixtures.reviewProcess("Review"));
      fixtures.writeBpmnXml(ModelFixtures.PROCESS_ID + ".bpmn",
          xml.replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", ""));

      assertThat(check()).anyMatch(v -> v.contains("has no diagram"));
    }

    @Test
    void undrawnElementsAreReported() {
      var model = ModelFixtures.reviewProcess("Review");
      var shape = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(s -> s.getBpmnElement().getId().equals("Task_ReviewCase")).findFirst().orElseThrow();
      shape.getParentElement().removeChildElement(shape);
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check()).anyMatch(v -> v.contains("Task_ReviewCase is not drawn"));
    }

    @Test
    void missingHistoryTimeToLiveIsReported() {
      var model = ModelFixtures.reviewProcess("Review");
      model.<Process>getModelElementById(ModelFixtures.PROCESS_ID).setCamundaHistoryTimeToLiveString(null);
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check()).anyMatch(v -> v.contains("has no historyTimeToLive"));
    }

    @Test
    void userTaskWithoutFormIsReported() {
      var model = ModelFixtures.reviewProcess("Review");
      model.<UserTask>getModelElementById("Task_ReviewCase").setCamundaFormRef(null);
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check()).anyMatch(v -> v.contains("user task Task_ReviewCase has no form"));
    }

    @Test
    void missingReferencedFormsAreReported() throws Exception {
      Files.delete(fixtures.forms.resolve(ModelFixtures.FORM_ID + ".form"));
      Files.delete(fixtures.forms.resolve("fixture-attach.html"));

      assertThat(check())
          .anyMatch(v -> v.contains("refers to form 'fixture-review-form', which no file in forms/ declares"))
          .anyMatch(v -> v.contains("refers to forms/fixture-attach.html, which does not exist"));
    }

    @Test
    void editableFieldsMustBeExactlyTheDeclaredOnes() {
      fixtures.writeForm(ModelFixtures.FORM_ID, "someUndeclaredField")
          .writeHtmlForm("fixture-attach.html", "anotherUndeclaredField");

      assertThat(check())
          .anyMatch(v -> v.contains("fields people can change [someUndeclaredField] differ from what user task "
              + "Task_ReviewCase declares [caseNumber]"))
          .anyMatch(v -> v.contains("fields people can change [anotherUndeclaredField] differ from what user task "
              + "Task_AttachDocument declares [counterpartyName]"));
    }

    @Test
    void aUserTaskWithoutDeclaredFieldsIsReported() {
      assertThat(ModelConventions.check(fixtures.bpmn, fixtures.forms, new ModelConventions.Declarations(
          java.util.Map.of(), java.util.Map.of())))
          .anyMatch(v -> v.contains("user task Task_ReviewCase has no form declaration in the code"));
    }

    @Test
    void fileNameMustBeTheProcessId() throws Exception {
      Files.move(fixtures.bpmn.resolve(ModelFixtures.PROCESS_ID + ".bpmn"), fixtures.bpmn.resolve("review.bpmn"));

      assertThat(check()).anyMatch(v -> v.contains("holds no executable process with the id 'review'"));
    }

    @Test
    void flowsOnTopOfOneAnotherLabelsOverShapesAndCrossingsAreReported() {
      var model = ModelFixtures.reviewProcess("Review");
      var edges = new java.util.ArrayList<>(model.getModelElementsByType(
          org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class));
      // the first two flows drawn along the same line, the third across them
      route(model, edges.get(0), 100, 300, 400, 300);
      route(model, edges.get(1), 150, 300, 450, 300);
      route(model, edges.get(2), 300, 200, 300, 400);
      // the start event's label moved onto the first task
      var start = model.<BpmnShape>getModelElementById("Event_ReviewRequested_di");
      var task = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement().getId().equals("Task_ReviewCase")).findFirst().orElseThrow();
      var label = model.newInstance(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel.class);
      var bounds = model.newInstance(org.camunda.bpm.model.bpmn.instance.dc.Bounds.class);
      bounds.setX(task.getBounds().getX() + 10);
      bounds.setY(task.getBounds().getY() + 10);
      bounds.setWidth(60);
      bounds.setHeight(14);
      label.setBounds(bounds);
      (start != null ? start : model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement().getId().equals("Event_ReviewRequested")).findFirst().orElseThrow())
          .setBpmnLabel(label);
      model.<UserTask>getModelElementById("Task_AttachDocument").setName("Attach ${documentKind}");
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check())
          .anyMatch(v -> v.contains("are drawn on top of one another"))
          .anyMatch(v -> v.contains("the label of Event_ReviewRequested (\"Review requested\") lies over Task_ReviewCase"))
          .anyMatch(v -> v.contains("flow crossings, at most 0"))
          .anyMatch(v -> v.contains("Task_AttachDocument is named 'Attach ${documentKind}'"));
    }

    private void route(org.camunda.bpm.model.bpmn.BpmnModelInstance model,
        org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge edge, double x1, double y1, double x2, double y2) {
      edge.getWaypoints().clear();
      for (double[] point : new double[][] {{x1, y1}, {x2, y2}}) {
        var waypoint = model.newInstance(org.camunda.bpm.model.bpmn.instance.di.Waypoint.class);
        waypoint.setX(point[0]);
        waypoint.setY(point[1]);
        edge.getWaypoints().add(waypoint);
      }
    }

    @Test
    void aFormSavedByTheCurrentModelerPassesAndANewerSchemaIsReported() throws Exception {
      Path form = fixtures.forms.resolve(ModelFixtures.FORM_ID + ".form");
      Files.writeString(form, Files.readString(form).replace("\"schemaVersion\": 16", "\"schemaVersion\": 19"));
      assertThat(check()).noneMatch(v -> v.contains("schemaVersion"));

      Files.writeString(form, Files.readString(form).replace("\"schemaVersion\": 19", "\"schemaVersion\": 20"));
      assertThat(check()).anyMatch(v -> v.contains("schemaVersion 20 — Tasklist 7.24's form-js is proven to render "
          + "schemaVersion <= 19"));
    }

    @Test
    void formRefBoundToItsOwnDeploymentIsReported() {
      var model = ModelFixtures.reviewProcess("Review");
      model.<UserTask>getModelElementById("Task_ReviewCase").setCamundaFormRefBinding("deployment");
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check()).anyMatch(v -> v.contains("must bind its form with camunda:formRefBinding=\"latest\""));
    }

    @Test
    void invalidDurationsAreReported() {
      var model = ModelFixtures.reviewProcess("Review");
      model.getModelElementsByType(TimeDuration.class).iterator().next().setTextContent("PT7D");
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check()).anyMatch(v -> v.contains("'PT7D' is not a valid ISO 8601 duration"));
    }

    @Test
    void formKeysOutsideTheDeploymentAreReported() {
      var model = ModelFixtures.reviewProcess("Review");
      model.<UserTask>getModelElementById("Task_AttachDocument").setCamundaFormKey("embedded:app:forms/attach.html");
      fixtures.write(model, ModelFixtures.PROCESS_ID + ".bpmn");

      assertThat(check()).anyMatch(v -> v.contains("has form key 'embedded:app:forms/attach.html'"));
    }

    @Test
    void anEmbeddedFieldRenderedAsAnotherKindOrOfferingAnUnknownCodeIsReported() throws Exception {
      Files.writeString(fixtures.forms.resolve("fixture-attach.html"), """
          <form role="form" name="attachDocument">
            <div data-field="counterpartyName" data-kind="choice" data-widget="radio">
              <option value="APPROVE">Approve</option><option value="MAYBE">Maybe</option>
            </div>
            <script cam-script type="text/form-script">TandemForms.bind(camForm);</script>
          </form>
          """);
      var choice = app.tandem.common.form.FormField.choice("counterpartyName", "Decision",
          java.util.List.of("APPROVE", "REJECT"));
      var date = app.tandem.common.form.FormField.date("counterpartyName", "Date");

      assertThat(checkWith(choice)).anyMatch(v -> v.contains("choice 'counterpartyName' offers [MAYBE], which the server "
          + "does not accept [APPROVE, REJECT]"));
      assertThat(checkWith(date)).anyMatch(v -> v.contains("'counterpartyName' is rendered as data-kind=\"choice\" but "
          + "declared DATE"));
    }

    @Test
    void anEmbeddedFormWithoutTheRuntimeOrWithCamVariablesIsReported() throws Exception {
      Files.writeString(fixtures.forms.resolve("fixture-attach.html"), """
          <form role="form" name="attachDocument">
            <input cam-variable-name="counterpartyName" cam-variable-type="String">
          </form>
          """);

      assertThat(check()).anyMatch(v -> v.contains("an embedded form binds Tandem's form runtime"))
          .anyMatch(v -> v.contains("fields are declared with data-field"));
    }

    private java.util.List<String> checkWith(app.tandem.common.form.FormField<?> attachField) {
      return ModelConventions.check(fixtures.bpmn, fixtures.forms, new ModelConventions.Declarations(java.util.Map.of(
          ModelFixtures.PROCESS_ID + "/Task_ReviewCase", java.util.Set.of("caseNumber"),
          ModelFixtures.PROCESS_ID + "/Task_AttachDocument", java.util.Set.of("counterpartyName")), java.util.Map.of(),
          java.util.Map.of(ModelFixtures.PROCESS_ID + "/Task_AttachDocument", java.util.Map.of("counterpartyName",
              attachField))));
    }

    private java.util.List<String> check() {
      return ModelConventions.check(fixtures.bpmn, fixtures.forms, new ModelConventions.Declarations(java.util.Map.of(
          ModelFixtures.PROCESS_ID + "/Task_ReviewCase", java.util.Set.of("caseNumber"),
          ModelFixtures.PROCESS_ID + "/Task_AttachDocument", java.util.Set.of("counterpartyName")), java.util.Map.of()));
    }
  }
}
