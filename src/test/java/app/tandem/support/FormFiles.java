package app.tandem.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** The form files of the models, and which names a form reads (its fields, tables, options and texts). */
public final class FormFiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)");
  private static final Pattern HTML_INPUT = Pattern.compile("<(input|select|textarea)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_VARIABLE = Pattern.compile("cam-variable-name=\"([^\"]+)\"");

  private FormFiles() {
  }

  /** Every name the form of the task reads from the form's variables (files excepted: they are uploads). */
  public static Set<String> namesRead(String processKey, String taskId) {
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        var instance = Bpmn.readModelFromFile(model.toFile());
        var task = instance.getModelElementById(taskId);
        if (task instanceof UserTask userTask && instance.getModelElementById(processKey) != null) {
          return userTask.getCamundaFormRef() != null ? camundaFormNames(userTask.getCamundaFormRef())
              : htmlNames(Path.of(userTask.getCamundaFormKey().replace("embedded:deployment:", "")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("No user task " + taskId + " in " + processKey);
  }

  private static Set<String> camundaFormNames(String formId) throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode json = JSON.readTree(form.toFile());
        if (formId.equals(json.path("id").asText())) {
          Set<String> names = new TreeSet<>();
          collect(json.path("components"), names, false);
          return names;
        }
      }
    }
    throw new AssertionError("No form " + formId);
  }

  private static void collect(JsonNode components, Set<String> names, boolean insideList) {
    for (JsonNode component : components) {
      if (!insideList && component.hasNonNull("key") && !"filepicker".equals(component.path("type").asText())) {
        names.add(component.get("key").asText());
      }
      if (component.hasNonNull("valuesKey")) {
        names.add(component.get("valuesKey").asText());
      }
      for (String property : new String[] {"dataSource", "path"}) {
        if (component.hasNonNull(property) && !insideList) {
          names.add(component.get(property).asText().replaceFirst("^=", ""));
        }
      }
      if (component.hasNonNull("text")) {
        Matcher template = TEMPLATE.matcher(component.get("text").asText());
        while (template.find()) {
          names.add(template.group(1));
        }
      }
      if (component.has("components")) {
        collect(component.get("components"), names, insideList || "dynamiclist".equals(component.path("type").asText()));
      }
    }
  }

  private static Set<String> htmlNames(Path form) throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher input = HTML_INPUT.matcher(Files.readString(form));
    while (input.find()) {
      Matcher name = HTML_VARIABLE.matcher(input.group());
      if (name.find() && !input.group().contains("cam-variable-type=\"File\"")) {
        names.add(name.group(1));
      }
    }
    return names;
  }
}
