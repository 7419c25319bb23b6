package app.tandem.models;

import app.tandem.common.process.ProcessVariable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The project's model conventions (shared/conventions.md §2 and §4) as executable checks over the
 * {@code bpmn/} and {@code forms/} folders. {@link #check} answers every violation as a sentence
 * naming the file and element; an empty list means the models conform.
 */
final class ModelConventions {

  /** Ids as Camunda Modeler and bpmn-js generate them: {@code Activity_0x3f9k2}, {@code Flow_1a2b3c4_di}. */
  private static final Pattern GENERATED_ID =
      Pattern.compile("^(?:[A-Z][A-Za-z]*_(?=[a-z0-9]*[0-9])[0-9a-z]{7}|sid-[0-9A-Fa-f-]{36})(?:_di)?$");
  /** An ISO 8601 duration or repeating interval, e.g. P7D, PT4H, R3/PT1H. */
  private static final Pattern ISO_DURATION = Pattern.compile(
      "^(R\\d*/)?P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");
  private static final Pattern HTML_VARIABLE = Pattern.compile("cam-variable-name=\"([^\"]+)\"");
  private static final int MAX_FORM_SCHEMA_VERSION = 16;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path bpmnFolder;
  private final Path formsFolder;
  private final Set<String> declaredVariables;
  private final List<String> violations = new ArrayList<>();

  private ModelConventions(Path bpmnFolder, Path formsFolder, Set<String> declaredVariables) {
    this.bpmnFolder = bpmnFolder;
    this.formsFolder = formsFolder;
    this.declaredVariables = declaredVariables;
  }

  /** Checks the models against the variables declared as {@link ProcessVariable} constants in the code. */
  static List<String> check(Path bpmnFolder, Path formsFolder) {
    return check(bpmnFolder, formsFolder, declaredProcessVariables());
  }

  static List<String> check(Path bpmnFolder, Path formsFolder, Set<String> declaredVariables) {
    var conventions = new ModelConventions(bpmnFolder, formsFolder, declaredVariables);
    conventions.run();
    return List.copyOf(conventions.violations);
  }

  private void run() {
    for (Path file : files(bpmnFolder)) {
      String name = file.getFileName().toString();
      if (name.endsWith(".bpmn")) {
        checkBpmn(file);
      } else if (name.endsWith(".dmn")) {
        checkDmn(file);
      } else if (!name.startsWith(".")) {
        violations.add(file + ": only .bpmn and .dmn files belong in bpmn/");
      }
    }
    for (Path file : files(formsFolder)) {
      String name = file.getFileName().toString();
      if (name.endsWith(".form")) {
        checkCamundaForm(file);
      } else if (name.endsWith(".html")) {
        checkEmbeddedForm(file);
      } else if (!name.startsWith(".")) {
        violations.add(file + ": only .form and .html files belong in forms/");
      }
    }
  }

  private void checkBpmn(Path file) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromFile(file.toFile());
    } catch (RuntimeException e) {
      violations.add(file + ": not a valid BPMN model: " + e.getMessage());
      return;
    }
    String baseName = baseName(file);
    List<Process> executable = model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).toList();
    if (executable.stream().noneMatch(process -> process.getId().equals(baseName))) {
      violations.add(file + ": holds no executable process with the id '" + baseName + "' (file name = process id)");
    }
    for (Process process : executable) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(file + ": process " + process.getId() + " has no historyTimeToLive");
      }
      if (process.getCamundaVersionTag() == null) {
        violations.add(file + ": process " + process.getId() + " has no camunda:versionTag");
      }
    }
    checkIds(file, model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId).toList());
    checkDiagram(file, model);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkFormReference(file, "user task " + task.getId(), task.getCamundaFormKey(), task.getCamundaFormRef(), true);
      checkFormBinding(file, "user task " + task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkFormReference(file, "start event " + start.getId(), start.getCamundaFormKey(), start.getCamundaFormRef(), false);
      checkFormBinding(file, "start event " + start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
    }
    for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
      violations.add(file + ": script task " + script.getId() + " — logic belongs in a delegate bean, not an inline script");
    }
    for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
      String camundaClass = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class");
      if (camundaClass != null) {
        violations.add(file + ": " + ((BaseElement) element).getId() + " uses camunda:class — reference a bean with ${...}");
      }
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      checkDuration(file, timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent());
      checkDuration(file, timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent());
    }
  }

  private void checkDiagram(Path file, BpmnModelInstance model) {
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      violations.add(file + ": has no diagram (BPMNDiagram): Modeler and Cockpit cannot draw it");
      return;
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> {
      if (shape.getBpmnElement() != null) {
        drawn.add(shape.getBpmnElement().getId());
      }
    });
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> {
      if (edge.getBpmnElement() != null) {
        drawn.add(edge.getBpmnElement().getId());
      }
    });
    Stream.concat(model.getModelElementsByType(FlowNode.class).stream(),
            model.getModelElementsByType(SequenceFlow.class).stream())
        .map(BaseElement::getId)
        .filter(id -> !drawn.contains(id))
        .forEach(id -> violations.add(file + ": " + id + " is not drawn in the diagram (no DI shape or edge)"));
  }

  private void checkFormReference(Path file, String element, String formKey, String formRef, boolean required) {
    if (formKey == null && formRef == null) {
      if (required) {
        violations.add(file + ": " + element + " has no form (camunda:formRef or camunda:formKey)");
      }
      return;
    }
    if (formRef != null) {
      if (!camundaFormIds().contains(formRef)) {
        violations.add(file + ": " + element + " refers to form '" + formRef + "', which no file in forms/ declares");
      }
      return;
    }
    Matcher deployed = Pattern.compile("^(?:embedded:deployment:|camunda-forms:deployment:)(forms/.+)$").matcher(formKey);
    if (!deployed.matches()) {
      violations.add(file + ": " + element + " has form key '" + formKey
          + "': use camunda:formRef or embedded:deployment:forms/... (forms are deployed with the models)");
    } else if (!Files.isRegularFile(formsFolder.resolve(deployed.group(1).substring("forms/".length())))) {
      violations.add(file + ": " + element + " refers to " + deployed.group(1) + ", which does not exist");
    }
  }

  /** The engine refuses a formRef without binding; "deployment" keeps each process version with its form version. */
  private void checkFormBinding(Path file, String element, String formRef, String binding) {
    if (formRef != null && !"deployment".equals(binding)) {
      violations.add(file + ": " + element + " must bind its form with camunda:formRefBinding=\"deployment\" (is "
          + binding + ")");
    }
  }

  private void checkDuration(Path file, String value) {
    if (value == null || value.isBlank() || value.contains("${") || value.contains("#{")) {
      return;
    }
    String trimmed = value.trim();
    if (!ISO_DURATION.matcher(trimmed).matches() && !trimmed.matches("^\\d{4}-\\d{2}-\\d{2}T.*")
        && !trimmed.matches("^\\S+( \\S+){5,6}$")) { // cron: 6 or 7 fields
      violations.add(file + ": timer value '" + trimmed + "' is not a valid ISO 8601 duration (e.g. P7D, PT4H)");
    }
  }

  private void checkDmn(Path file) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromFile(file.toFile());
    } catch (RuntimeException e) {
      violations.add(file + ": not a valid DMN model: " + e.getMessage());
      return;
    }
    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    if (decisions.stream().noneMatch(decision -> decision.getId().equals(baseName(file)))) {
      violations.add(file + ": holds no decision with the id '" + baseName(file) + "' (file name = decision id)");
    }
    for (Decision decision : decisions) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(file + ": decision " + decision.getId() + " has no historyTimeToLive");
      }
    }
    List<String> ids = new ArrayList<>();
    for (ModelElementInstance element : model.getModelElementsByType(
        model.getModel().getType(org.camunda.bpm.model.dmn.instance.DmnElement.class))) {
      ids.add(((org.camunda.bpm.model.dmn.instance.DmnElement) element).getId());
    }
    checkIds(file, ids);
  }

  private void checkCamundaForm(Path file) {
    JsonNode form;
    try {
      form = JSON.readTree(file.toFile());
    } catch (IOException e) {
      violations.add(file + ": not valid JSON: " + e.getMessage());
      return;
    }
    if (!form.hasNonNull("id") || !form.get("id").asText().equals(baseName(file))) {
      violations.add(file + ": form id must equal the file name '" + baseName(file) + "'");
    }
    int schemaVersion = form.path("schemaVersion").asInt(Integer.MAX_VALUE);
    if (schemaVersion > MAX_FORM_SCHEMA_VERSION) {
      violations.add(file + ": schemaVersion " + form.path("schemaVersion")
          + " — Tasklist 7.24 renders form-js 1.8, schemaVersion <= " + MAX_FORM_SCHEMA_VERSION);
    }
    checkFormFields(file, form.path("components"));
  }

  private void checkFormFields(Path file, JsonNode components) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && !declaredVariables.contains(component.get("key").asText())) {
        violations.add(file + ": field '" + component.get("key").asText() + "' is not a declared process variable");
      }
      if (component.hasNonNull("valuesKey") && !declaredVariables.contains(component.get("valuesKey").asText())) {
        violations.add(file + ": options source '" + component.get("valuesKey").asText()
            + "' is not a declared process variable");
      }
      if ("dynamiclist".equals(type)) {
        if (component.hasNonNull("path") && !declaredVariables.contains(component.get("path").asText())) {
          violations.add(file + ": list '" + component.get("path").asText() + "' is not a declared process variable");
        }
        continue; // keys inside a dynamic list name the fields of each item
      }
      if (component.has("components")) {
        checkFormFields(file, component.get("components"));
      }
    }
  }

  private void checkEmbeddedForm(Path file) {
    String html;
    try {
      html = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!html.contains("<form")) {
      violations.add(file + ": an embedded form needs a <form> element");
    }
    Matcher variables = HTML_VARIABLE.matcher(html);
    while (variables.find()) {
      if (!declaredVariables.contains(variables.group(1))) {
        violations.add(file + ": field '" + variables.group(1) + "' is not a declared process variable");
      }
    }
  }

  private void checkIds(Path file, List<String> ids) {
    ids.stream().filter(id -> id != null && GENERATED_ID.matcher(id).matches()).distinct()
        .forEach(id -> violations.add(file + ": generated id '" + id + "' — give it a meaningful id"));
  }

  private Set<String> camundaFormIds() {
    Set<String> ids = new HashSet<>();
    for (Path form : files(formsFolder)) {
      if (form.toString().endsWith(".form")) {
        try {
          JsonNode id = JSON.readTree(form.toFile()).get("id");
          if (id != null) {
            ids.add(id.asText());
          }
        } catch (IOException e) {
          // reported by checkCamundaForm
        }
      }
    }
    return ids;
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Names of all {@link ProcessVariable} constants in Tandem's main code. */
  static Set<String> declaredProcessVariables() {
    Set<String> names = new HashSet<>();
    try {
      Resource[] classes = new PathMatchingResourcePatternResolver().getResources("classpath*:app/tandem/**/*.class");
      for (Resource resource : classes) {
        String path = resource.getURL().toString();
        if (path.contains("/test-classes/")) {
          continue;
        }
        String className = path.substring(path.lastIndexOf("app/tandem/")).replace('/', '.').replace(".class", "");
        Class<?> type = Class.forName(className, false, ModelConventions.class.getClassLoader());
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && ProcessVariable.class.equals(field.getType())) {
            field.setAccessible(true);
            names.add(((ProcessVariable<?>) field.get(null)).name());
          }
        }
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("Could not collect the declared process variables", e);
    }
    return names;
  }
}
