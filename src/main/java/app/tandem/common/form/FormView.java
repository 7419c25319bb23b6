package app.tandem.common.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What a form shows, as the engine's form-variables answer carries it to Tasklist: texts, numbers,
 * flags, and lists (a table's rows, a select's options) as JSON. Built from the case's tables each
 * time a form is opened.
 */
public final class FormView {

  /** The form's heading (e.g. "Payment request PR-2026-00042"). */
  public static final String CASE_TITLE = "caseTitle";
  /** The case's label and value lines ({@link CaseCard}). */
  public static final String CASE_CARD = "caseCard";

  private final VariableMap values = Variables.createVariables();

  private FormView() {
  }

  public static FormView create() {
    return new FormView();
  }

  /** A value under the name the form's field or text refers to; null shows as empty. */
  public FormView put(String name, Object value) {
    values.putValueTyped(name, typed(value));
    return this;
  }

  /** Typed as the engine's REST API and Tasklist expect them: String, Integer, Long, Boolean, Json. */
  private static TypedValue typed(Object value) {
    if (value == null) {
      return Variables.untypedNullValue();
    }
    if (value instanceof LocalDate date) {
      return Variables.stringValue(date.toString());
    }
    if (value instanceof BigDecimal decimal) {
      return Variables.stringValue(decimal.toPlainString());
    }
    if (value instanceof Enum<?> code) {
      return Variables.stringValue(code.name());
    }
    if (value instanceof Integer number) {
      return Variables.integerValue(number);
    }
    if (value instanceof Long number) {
      return Variables.longValue(number);
    }
    if (value instanceof Boolean flag) {
      return Variables.booleanValue(flag);
    }
    if (value instanceof SpinJsonNode json) {
      return SpinValues.jsonValue(json.toString()).create();
    }
    return Variables.stringValue(value.toString());
  }

  /** An editable field's current value, as its input takes it (dates ISO, amounts as plain decimals). */
  public FormView put(FormField<?> field, Object value) {
    return put(field.name(), value);
  }

  /** Rows for a table or a repeating group: a JSON array of objects. */
  public FormView rows(String name, List<? extends Map<String, ?>> rows) {
    // serialized, as the REST API hands JSON to Tasklist (which parses it); a deserialized value would not survive
    values.putValueTyped(name, SpinValues.jsonValue(Spin.JSON(rows).toString()).create());
    return this;
  }

  /** The case's title and its card (label and value lines) under the names every form reads. */
  public FormView card(String title, CaseCard card) {
    put(CASE_TITLE, title);
    return rows(CASE_CARD, card.lines());
  }

  public FormView putAll(FormView other) {
    values.putAll(other.values);
    return this;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The value as plain Java (JSON as a {@link SpinJsonNode}). */
  public Object value(String name) {
    TypedValue typed = values.getValueTyped(name);
    if (typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
        && !serializable.isDeserialized()) {
      return serializable.getValueSerialized() == null ? null : Spin.JSON(serializable.getValueSerialized());
    }
    return typed == null ? null : typed.getValue();
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
