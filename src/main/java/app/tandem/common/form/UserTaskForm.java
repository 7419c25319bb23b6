package app.tandem.common.form;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user task's form as the server declares it: the task (process key and element id) and the only
 * fields the person working on it may change. Declared once per task, as a constant in the process
 * class; the gateway refuses anything else a completion sends, and the model-conventions test checks
 * that the form file's editable keys are exactly these.
 */
public record UserTaskForm(String processKey, String taskId, List<FormField<?>> fields) {

  public UserTaskForm {
    fields = List.copyOf(fields);
  }

  public static UserTaskForm of(String processKey, String taskId, FormField<?>... editable) {
    return new UserTaskForm(processKey, taskId, List.of(editable));
  }

  public Optional<FormField<?>> field(String name) {
    return fields.stream().filter(field -> field.name().equals(name)).findFirst();
  }

  public Set<String> fieldNames() {
    return fields.stream().map(FormField::name).collect(Collectors.toUnmodifiableSet());
  }
}
