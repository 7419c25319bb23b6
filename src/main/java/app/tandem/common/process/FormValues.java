package app.tandem.common.process;

import app.tandem.common.error.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;

/** Values as Tasklist forms send them: dates as ISO strings, amounts as typed text. */
public final class FormValues {

  private FormValues() {
  }

  /** A date as the forms send it (ISO, possibly with a time part); text that is no date is a problem. */
  public static LocalDate date(String text, String field, String label, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, label + " must be a date like 2026-12-31"));
      return null;
    }
  }

  /** An amount as people type it: spaces between thousands, decimal comma or point. */
  public static BigDecimal amount(Object value, String field, String label, List<FieldProblem> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number number && !(value instanceof Double || value instanceof Float)) {
      return new BigDecimal(number.toString());
    }
    try {
      return new BigDecimal(value.toString().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, label + " must be a number like 1250000.50"));
      return null;
    }
  }

  /**
   * The rows of a form's dynamic list: a JSON array from Tasklist, or a list of maps through the API.
   * Each row keeps the named fields that have a value (numbers as numbers, the rest as text).
   */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> rows(Object value, String... fields) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      for (SpinJsonNode element : json.elements()) {
        Map<String, Object> row = new HashMap<>();
        for (String name : fields) {
          if (element.hasProp(name) && !element.prop(name).isNull()) {
            var prop = element.prop(name);
            row.put(name, prop.isNumber() ? prop.numberValue() : prop.isBoolean() ? prop.boolValue() : prop.stringValue());
          }
        }
        rows.add(row);
      }
    } else if (value instanceof List<?> list) {
      list.forEach(item -> rows.add((Map<String, Object>) item));
    }
    return rows;
  }

  /** Problems as a form shows them: one line each. */
  public static String problemsText(List<FieldProblem> problems) {
    return problems.isEmpty() ? null
        : problems.stream().map(problem -> "• " + problem.message()).collect(Collectors.joining("\n"));
  }
}
