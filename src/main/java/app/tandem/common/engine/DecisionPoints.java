package app.tandem.common.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of a COLLECT table of points ({@code points}, {@code reason} per rule): the points of every
 * matching rule added up and clamped to {@code 0..max}, and the rules' reasons once each, in the table's order.
 * The delivery priority and the credit risk are scored this way; their tests call this, never a copy of it.
 */
public record DecisionPoints(int score, List<String> reasons) {

  public static DecisionPoints add(List<Map<String, Object>> matches, int max) {
    int points = 0;
    for (Map<String, Object> match : matches) {
      if (match.get("points") instanceof Number number) {
        points += number.intValue();
      }
    }
    return new DecisionPoints(Math.max(0, Math.min(max, points)), reasons(matches));
  }

  /** The matching rules' reasons, each once, in the table's order. */
  public static List<String> reasons(List<Map<String, Object>> matches) {
    List<String> reasons = new ArrayList<>();
    for (Map<String, Object> match : matches) {
      Object reason = match.get("reason");
      if (reason != null && !reasons.contains(reason.toString())) {
        reasons.add(reason.toString());
      }
    }
    return List.copyOf(reasons);
  }

  /** The reasons as one line, or {@code none} when no rule matched. */
  public String reasonText(String none) {
    return reasons.isEmpty() ? none : String.join(", ", reasons);
  }
}
