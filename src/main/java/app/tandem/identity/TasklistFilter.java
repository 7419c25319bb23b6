package app.tandem.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A shared Tasklist filter: a stored task query, its columns of business variables, and the roles
 * that may use it. Declared as beans (common ones here, queues in each process package) and kept
 * in the engine by {@link IdentityProvisioning}, identified by {@code key}.
 */
public record TasklistFilter(
    String key,
    String name,
    String description,
    int priority,
    Function<TaskService, TaskQuery> query,
    List<Column> columns,
    Set<TandemGroup> readers) {

  /** A business variable shown as a column in Tasklist's task list. */
  public record Column(String variable, String label) {
  }

  public TasklistFilter {
    columns = List.copyOf(columns);
    readers = Set.copyOf(readers);
  }

  static final String KEY_PROPERTY = "tandemKey";

  /** The filter's properties as Tasklist reads them. */
  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, key);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", columns.stream()
        .map(column -> Map.of("name", column.variable(), "label", column.label())).toList());
    return properties;
  }
}
