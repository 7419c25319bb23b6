package app.tandem.models;

import app.tandem.common.form.FormField;
import app.tandem.common.form.StartForm;
import app.tandem.common.form.UserTaskForm;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 *
 * <p>Size: Long because it is the checklist of every model convention; each check is a short method.
 */
final class ModelConventions {

  /** Ids as Camunda Modeler and bpmn-js generate them: {@code Activity_0x3f9k2}, {@code Flow_1a2b3c4_di}. */
  private static final Pattern GENERATED_ID =
      Pattern.compile("^(?:[A-Z][A-Za-z]*_(?=[a-z0-9]*[0-9])[0-9a-z]{7}|sid-[0-9A-Fa-f-]{36})(?:_di)?$");
  /** An ISO 8601 duration or repeating interval, e.g. P7D, PT4H, R3/PT1H. */
  private static final Pattern ISO_DURATION = Pattern.compile(
      "^(R\\d*/)?P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");
  /**
   * The newest Camunda Form schema the form-js bundled in Tasklist 7.24 is proven to render: what the current
   * Camunda Modeler saves (CamundaFormJourney opens such a form in the real Tasklist).
   */
  private static final int MAX_FORM_SCHEMA_VERSION = 19;
  /**
   * The flow crossings a diagram may have: those its loops make unavoidable in the current layout (the debt
   * escalation returns to the head of sales from finance and legal, and to the manager and the dunning loop from
   * above; payment approval returns a request to its manager from two lanes). Any other diagram: none.
   */
  private static final Map<String, Integer> CROSSINGS = Map.of("overdue-debt-escalation", 5, "payment-approval", 2);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path bpmnFolder;
  private final Path formsFolder;
  private final Declarations declarations;
  private final List<String> violations = new ArrayList<>();

  private ModelConventions(Path bpmnFolder, Path formsFolder, Declarations declarations) {
    this.bpmnFolder = bpmnFolder;
    this.formsFolder = formsFolder;
    this.declarations = declarations;
  }

  /**
   * What the code declares each form may change: {@code processKey/taskId} (or {@code processKey} for a
   * start form) → the editable field keys, and the sub-field keys of each repeating field.
   */
  record Declarations(Map<String, Set<String>> fields, Map<String, Set<String>> rowFields,
      Map<String, Map<String, FormField<?>>> declared) {

    Declarations(Map<String, Set<String>> fields, Map<String, Set<String>> rowFields) {
      this(fields, rowFields, Map.of());
    }

    static Declarations of(Collection<UserTaskForm> tasks, Collection<StartForm> starts) {
      Map<String, Set<String>> fields = new HashMap<>();
      Map<String, Set<String>> rows = new HashMap<>();
      Map<String, Map<String, FormField<?>>> declared = new HashMap<>();
      for (UserTaskForm form : tasks) {
        fields.put(form.processKey() + "/" + form.taskId(), form.fieldNames());
        declared.put(form.processKey() + "/" + form.taskId(), byName(form.fields()));
        form.fields().forEach(field -> rows.put(field.name(), rowNames(field)));
      }
      for (StartForm form : starts) {
        fields.put(form.processKey(), form.fieldNames());
        declared.put(form.processKey(), byName(form.fields()));
        form.fields().forEach(field -> rows.put(field.name(), rowNames(field)));
      }
      return new Declarations(fields, rows, declared);
    }

    private static Map<String, FormField<?>> byName(Collection<FormField<?>> fields) {
      Map<String, FormField<?>> named = new HashMap<>();
      fields.forEach(field -> named.put(field.name(), field));
      return named;
    }

    private static Set<String> rowNames(FormField<?> field) {
      return field.rowFields().stream().map(FormField::name).collect(Collectors.toSet());
    }
  }

  /** Checks the models against the forms declared as {@link UserTaskForm} and {@link StartForm} constants in the code. */
  static List<String> check(Path bpmnFolder, Path formsFolder) {
    return check(bpmnFolder, formsFolder, declaredForms());
  }

  static List<String> check(Path bpmnFolder, Path formsFolder, Declarations declarations) {
    var conventions = new ModelConventions(bpmnFolder, formsFolder, declarations);
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
        checkEmbeddedFormStructure(file);
      } else if (!name.startsWith(".") && !name.equals("README.md")) {
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
      String processKey = processOf(task);
      checkEditableFields(file, "user task " + task.getId(), processKey + "/" + task.getId(), task.getCamundaFormKey(),
          task.getCamundaFormRef());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkFormReference(file, "start event " + start.getId(), start.getCamundaFormKey(), start.getCamundaFormRef(), false);
      checkFormBinding(file, "start event " + start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
      if (start.getCamundaFormKey() != null || start.getCamundaFormRef() != null) {
        checkEditableFields(file, "start event " + start.getId(), processOf(start),
            start.getCamundaFormKey(), start.getCamundaFormRef());
      }
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
    var geometry = DiagramGeometry.of(model);
    geometry.problems().forEach(problem -> violations.add(file + ": " + problem));
    int allowed = CROSSINGS.getOrDefault(baseName(file), 0);
    if (geometry.crossings().size() > allowed) {
      violations.add(file + ": " + geometry.crossings().size() + " flow crossings, at most " + allowed + ": "
          + String.join(", ", geometry.crossings()));
    }
    model.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> node.getName() != null && (node.getName().contains("${") || node.getName().contains("#{")))
        .forEach(node -> violations.add(file + ": " + node.getId() + " is named '" + node.getName()
            + "': Cockpit shows the expression as it is; name it in words (a listener may set the task's name)"));
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

  /**
   * The engine refuses a formRef without binding; "latest" lets a process owner deploy the BPMN and its forms
   * from Modeler one file at a time ("deployment" finds no form in a deployment of the BPMN alone), as
   * embedded forms resolve to the newest deployed file of their name.
   */
  private void checkFormBinding(Path file, String element, String formRef, String binding) {
    if (formRef != null && !"latest".equals(binding)) {
      violations.add(file + ": " + element + " must bind its form with camunda:formRefBinding=\"latest\" (is "
          + binding + "): a BPMN deployed alone from Modeler has no form in its deployment");
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
          + " — Tasklist 7.24's form-js is proven to render schemaVersion <= " + MAX_FORM_SCHEMA_VERSION
          + " (CamundaFormJourney)");
    }
  }

  /**
   * The keys a form lets the person change must be exactly the fields its task (or start) declares in
   * the code: anything else the form sent would be refused by the server.
   */
  private void checkEditableFields(Path file, String element, String declarationKey, String formKey, String formRef) {
    Set<String> declared = declarations.fields().get(declarationKey);
    if (declared == null) {
      violations.add(file + ": " + element + " has no form declaration in the code (a UserTaskForm or StartForm "
          + "constant naming the fields it may change)");
      return;
    }
    Set<String> editable;
    Path form;
    if (formRef != null) {
      form = camundaFormFile(formRef);
      if (form == null) {
        return; // reported by checkFormReference
      }
      editable = new TreeSet<>();
      try {
        collectEditableKeys(form, JSON.readTree(form.toFile()).path("components"), editable);
      } catch (IOException e) {
        return; // reported by checkCamundaForm
      }
    } else {
      if (formKey == null) {
        return; // reported by checkFormReference
      }
      Matcher deployed = Pattern.compile("^embedded:deployment:(forms/.+)$").matcher(formKey);
      if (!deployed.matches()) {
        return;
      }
      form = formsFolder.resolve(deployed.group(1).substring("forms/".length()));
      if (!Files.isRegularFile(form)) {
        return;
      }
      var fields = htmlFields(form);
      editable = new TreeSet<>(fields.keySet());
      checkHtmlFields(form, fields, declarations.declared().getOrDefault(declarationKey, Map.of()));
    }
    if (!editable.equals(new TreeSet<>(declared))) {
      violations.add(form + ": the fields people can change " + editable + " differ from what " + element
          + " declares " + new TreeSet<>(declared));
    }
  }

  /** A field of an embedded form as its markup declares it for tandem/forms.js. */
  record HtmlField(String name, String kind, List<String> options, boolean optionsFromServer,
      Map<String, HtmlField> columns) {
  }

  private static final Pattern START_TAG = Pattern.compile("<(\\w+)((?:\\s+[\\w-]+(?:=\"[^\"]*\")?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:=\"([^\"]*)\")?");

  /**
   * The editable fields of an embedded form: elements with {@code data-field} (and, inside a repeating
   * field, {@code data-column}), their {@code data-kind} and the codes of their {@code option}s.
   */
  static Map<String, HtmlField> htmlFields(Path file) {
    String html;
    try {
      html = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, HtmlField> fields = new java.util.LinkedHashMap<>();
    HtmlField field = null;
    HtmlField column = null;
    Matcher tag = START_TAG.matcher(html);
    while (tag.find()) {
      Map<String, String> attributes = new HashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        attributes.put(attribute.group(1), attribute.group(2) == null ? "" : attribute.group(2));
      }
      if (attributes.containsKey("data-field")) {
        field = new HtmlField(attributes.get("data-field"), attributes.getOrDefault("data-kind", "text"),
            new ArrayList<>(), attributes.containsKey("data-options-from"), new java.util.LinkedHashMap<>());
        column = null;
        fields.put(field.name(), field);
      } else if (attributes.containsKey("data-column") && field != null) {
        column = new HtmlField(attributes.get("data-column"), attributes.getOrDefault("data-kind", "text"),
            new ArrayList<>(), attributes.containsKey("data-options-from"), Map.of());
        field.columns().put(column.name(), column);
      } else if ("option".equalsIgnoreCase(tag.group(1)) && field != null) {
        (column != null ? column : field).options().add(attributes.getOrDefault("value", ""));
      }
    }
    return fields;
  }

  /** What tandem/forms.js renders for each kind of declared field. */
  private static final Map<FormField.Kind, Set<String>> HTML_KINDS = Map.of(
      FormField.Kind.TEXT, Set.of("text", "choice"),
      FormField.Kind.MULTILINE_TEXT, Set.of("multiline", "text"),
      FormField.Kind.CHOICE, Set.of("choice"),
      FormField.Kind.DATE, Set.of("date"),
      FormField.Kind.DATE_TIME, Set.of("datetime"),
      FormField.Kind.AMOUNT, Set.of("amount"),
      FormField.Kind.WHOLE_NUMBER, Set.of("number"),
      FormField.Kind.FLAG, Set.of("flag"),
      FormField.Kind.FILE, Set.of("file"),
      FormField.Kind.ROWS, Set.of("rows"));

  /** Each field is rendered as its declaration reads it; a choice offers only codes the server accepts. */
  private void checkHtmlFields(Path file, Map<String, HtmlField> fields, Map<String, FormField<?>> declared) {
    for (HtmlField field : fields.values()) {
      FormField<?> declaration = declared.get(field.name());
      if (declaration != null) {
        checkHtmlField(file, field.name(), field, declaration);
        if (declaration.kind() == FormField.Kind.ROWS) {
          Set<String> declaredColumns = declaration.rowFields().stream().map(FormField::name)
              .collect(Collectors.toCollection(TreeSet::new));
          if (!declaredColumns.equals(new TreeSet<>(field.columns().keySet()))) {
            violations.add(file + ": the fields of each row of '" + field.name() + "' " + new TreeSet<>(field.columns()
                .keySet()) + " differ from the declared ones " + declaredColumns);
          }
          for (FormField<?> sub : declaration.rowFields()) {
            if (field.columns().containsKey(sub.name())) {
              checkHtmlField(file, field.name() + "." + sub.name(), field.columns().get(sub.name()), sub);
            }
          }
        }
      }
    }
  }

  private void checkHtmlField(Path file, String path, HtmlField field, FormField<?> declaration) {
    if (!HTML_KINDS.get(declaration.kind()).contains(field.kind())) {
      violations.add(file + ": '" + path + "' is rendered as data-kind=\"" + field.kind() + "\" but declared "
          + declaration.kind() + " (use one of " + new TreeSet<>(HTML_KINDS.get(declaration.kind())) + ")");
    }
    if ("choice".equals(field.kind()) && field.options().isEmpty() && !field.optionsFromServer()) {
      violations.add(file + ": choice '" + path + "' offers no options (option elements or data-options-from)");
    }
    if (declaration.kind() == FormField.Kind.CHOICE) {
      var unknown = field.options().stream().filter(code -> !declaration.choices().contains(code)).toList();
      if (!unknown.isEmpty()) {
        violations.add(file + ": choice '" + path + "' offers " + unknown + ", which the server does not accept "
            + declaration.choices());
      }
    }
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    return current == null ? "" : ((Process) current).getId();
  }

  private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "table", "spacer", "separator",
      "button", "iframe", "expression");

  private void collectEditableKeys(Path file, JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if ("dynamiclist".equals(type)) {
        String path = component.path("path").asText();
        keys.add(path);
        Set<String> rowKeys = new TreeSet<>();
        collectEditableKeys(file, component.path("components"), rowKeys);
        Set<String> declaredRows = declarations.rowFields().getOrDefault(path, Set.of());
        if (!rowKeys.equals(new TreeSet<>(declaredRows))) {
          violations.add(file + ": the fields of each row of '" + path + "' " + rowKeys
              + " differ from the declared ones " + new TreeSet<>(declaredRows));
        }
        continue;
      }
      if (component.hasNonNull("key") && !DISPLAY_ONLY.contains(type) && !readOnly) {
        keys.add(component.get("key").asText());
      }
      if (component.has("components")) {
        collectEditableKeys(file, component.get("components"), keys);
      }
    }
  }

  private Path camundaFormFile(String formRef) {
    for (Path form : files(formsFolder)) {
      if (form.toString().endsWith(".form")) {
        try {
          JsonNode id = JSON.readTree(form.toFile()).get("id");
          if (id != null && id.asText().equals(formRef)) {
            return form;
          }
        } catch (IOException e) {
          // reported by checkCamundaForm
        }
      }
    }
    return null;
  }

  private void checkEmbeddedFormStructure(Path file) {
    String html;
    try {
      html = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!html.contains("<form")) {
      violations.add(file + ": an embedded form needs a <form> element");
    }
    if (!html.contains("TandemForms.bind(camForm)")) {
      violations.add(file + ": an embedded form binds Tandem's form runtime: "
          + "<script cam-script type=\"text/form-script\">TandemForms.bind(camForm);</script>");
    }
    if (html.contains("cam-variable-name")) {
      violations.add(file + ": fields are declared with data-field for tandem/forms.js, not cam-variable-name "
          + "(which would send what the form shows)");
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

  /** Every {@link UserTaskForm} and {@link StartForm} constant in Tandem's main code. */
  static Declarations declaredForms() {
    List<UserTaskForm> tasks = new ArrayList<>();
    List<StartForm> starts = new ArrayList<>();
    for (Object constant : constantsOf(UserTaskForm.class, StartForm.class)) {
      if (constant instanceof UserTaskForm task) {
        tasks.add(task);
      } else if (constant instanceof StartForm start) {
        starts.add(start);
      }
    }
    return Declarations.of(tasks, starts);
  }

  /** Static constants of the given types in Tandem's main classes. */
  static List<Object> constantsOf(Class<?>... types) {
    List<Object> constants = new ArrayList<>();
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
          if (Modifier.isStatic(field.getModifiers()) && java.util.Arrays.stream(types)
              .anyMatch(wanted -> wanted.equals(field.getType()))) {
            field.setAccessible(true);
            constants.add(field.get(null));
          }
        }
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("Could not collect the declared constants", e);
    }
    return constants;
  }

  /** Names of all {@link ProcessVariable} constants in Tandem's main code. */
  static Set<String> declaredProcessVariables() {
    Set<String> names = new HashSet<>();
    for (Object constant : constantsOf(ProcessVariable.class)) {
      names.add(((ProcessVariable<?>) constant).name());
    }
    return names;
  }
}
