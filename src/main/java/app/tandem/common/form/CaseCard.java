package app.tandem.common.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a task's form shows about its case at the top, as label and value lines in reading order
 * (the forms render it with {@code data-card}). Lines without a value are left out, so that a form
 * shows what is known and nothing empty.
 */
public final class CaseCard {

  private final List<Map<String, Object>> lines = new ArrayList<>();

  public static CaseCard create() {
    return new CaseCard();
  }

  /** A line, left out when the value is null or blank. */
  public CaseCard line(String label, Object value) {
    return add(label, value, null);
  }

  /** A line people must not miss (shown highlighted), left out when the value is null or blank. */
  public CaseCard warning(String label, Object value) {
    return add(label, value, "warning");
  }

  private CaseCard add(String label, Object value, String emphasis) {
    if (value == null || value.toString().isBlank()) {
      return this;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("label", label);
    line.put("value", value.toString());
    if (emphasis != null) {
      line.put("emphasis", emphasis);
    }
    lines.add(line);
    return this;
  }

  public List<Map<String, Object>> lines() {
    return List.copyOf(lines);
  }
}
