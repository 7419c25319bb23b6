package app.tandem.common.form;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A process's start form as the server declares it: the fields a person starting a case may send.
 * The case number and the initiator are never among them: Tandem assigns the one and takes the
 * other from the login.
 */
public record StartForm(String processKey, List<FormField<?>> fields) {

  public StartForm {
    fields = List.copyOf(fields);
  }

  public static StartForm of(String processKey, FormField<?>... fields) {
    return new StartForm(processKey, List.of(fields));
  }

  public Set<String> fieldNames() {
    return fields.stream().map(FormField::name).collect(Collectors.toUnmodifiableSet());
  }
}
