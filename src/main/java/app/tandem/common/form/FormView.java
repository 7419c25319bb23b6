package app.tandem.common.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;

/**
 * What a form shows, as the engine's form-variables answer carries it to Tasklist: texts, numbers,
 * flags, and lists (a table's rows, a select's options) as JSON. Built from the case's tables each
 * time a form is opened.
 */
public final class FormView {

  private final VariableMap values = Variables.createVariables();

  private FormView() {
  }

  public static FormView create() {
    return new FormView();
  }

  /** A value under the name the form's field or text refers to; null shows as empty. */
  public FormView put(String name, Object value) {
    if (value == null) {
      values.putValueTyped(name, Variables.untypedNullValue());
    } else if (value instanceof LocalDate date) {
      values.putValue(name, date.toString());
    } else if (value instanceof BigDecimal decimal) {
      values.putValue(name, decimal.toPlainString());
    } else if (value instanceof Enum<?> code) {
      values.putValue(name, code.name());
    } else {
      values.putValue(name, value);
    }
    return this;
  }

  /** An editable field's current value, as its input takes it (dates ISO, amounts as plain decimals). */
  public FormView put(FormField<?> field, Object value) {
    return put(field.name(), value);
  }

  /** Rows for a table or a repeating group: a JSON array of objects. */
  public FormView rows(String name, List<? extends Map<String, ?>> rows) {
    values.putValue(name, Spin.JSON(rows));
    return this;
  }

  public FormView putAll(FormView other) {
    values.putAll(other.values);
    return this;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Object value(String name) {
    return values.get(name);
  }

  /** The values asked for (all when {@code names} is null or empty). */
  public VariableMap values(Collection<String> names) {
    if (names == null || names.isEmpty()) {
      return values;
    }
    VariableMap selected = Variables.createVariables();
    for (String name : names) {
      if (values.containsKey(name)) {
        selected.putValueTyped(name, values.getValueTyped(name));
      }
    }
    return selected;
  }
}
