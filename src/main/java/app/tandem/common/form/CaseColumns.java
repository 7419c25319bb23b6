package app.tandem.common.form;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The few values of a case that Tasklist's task lists show as columns (and filters sort by): the
 * only business values kept as engine variables, refreshed from the case's tables whenever one of its
 * tasks starts. One bean per process.
 */
public interface CaseColumns {

  String processKey();

  /** The names of the column variables, as {@link #of} gives them: they keep no engine history. */
  Set<String> names();

  /** Column variable name → display value (null removes nothing; it shows empty). */
  Map<String, Object> of(String caseNumber);

  /**
   * The columns that have a value, for a case's start: an empty column is written once it gets one
   * (one insert then, instead of an insert now and an update with history later).
   */
  default Map<String, Object> filled(String caseNumber) {
    var filled = new HashMap<String, Object>();
    of(caseNumber).forEach((name, value) -> {
      if (value != null) {
        filled.put(name, value);
      }
    });
    return filled;
  }
}
