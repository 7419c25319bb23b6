package app.tandem.common.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** How a user id reads in a case's history: the person's name (the identity service knows it). */
public interface PeopleNames {

  /** The person's name, or the id itself when the user is unknown (a system actor, a deleted user). */
  String displayName(String userId);

  /**
   * The names of several people, for a history or a list that shows many rows: id → name as
   * {@link #displayName} gives it. Implementations look them up at once, not one query per row.
   */
  default Map<String, String> displayNames(Collection<String> userIds) {
    Map<String, String> names = new HashMap<>();
    userIds.stream().filter(Objects::nonNull).distinct().forEach(id -> names.put(id, displayName(id)));
    return names;
  }

  /** These names, looked up once, for the rows of one answer. */
  default PeopleNames of(Collection<String> userIds) {
    Map<String, String> names = displayNames(userIds);
    return id -> id == null ? null : names.getOrDefault(id, id);
  }
}
