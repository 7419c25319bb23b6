package app.tandem.common.form;

import java.util.Map;

/** One row of a {@link FormField.Kind#ROWS} field, read by its sub-fields; {@code index} counts from 0. */
public record FormRow(int index, Map<String, Object> values) {

  @SuppressWarnings("unchecked")
  public <T> T get(FormField<T> field) {
    return (T) values.get(field.name());
  }

  /** The field's path for problems, as forms and the API name it: {@code instalments[0].amount}. */
  public String path(FormField<?> rows, FormField<?> field) {
    return rows.name() + "[" + index + "]." + field.name();
  }

  public boolean isEmpty() {
    return values.values().stream().allMatch(value -> value == null);
  }
}
