package app.tandem.common.input;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The limits of Tandem's own columns as the database schema declares them (Flyway's migrations are
 * the only copy): the length of a {@code varchar}, the precision and scale of a {@code numeric}.
 * Input is checked against them before anything is stored, so that a value the database would
 * refuse is a field error, never an SQL error. Read once from {@code information_schema} (H2 and
 * PostgreSQL alike).
 */
@Component
public class SchemaLimits {

  /** A column's limits: {@code length} for text, {@code precision}/{@code scale} for numbers (null: none). */
  public record Column(String table, String column, Integer length, Integer precision, Integer scale) {
  }

  private final JdbcTemplate jdbc;
  private volatile Map<String, Column> columns;

  SchemaLimits(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The column, if Tandem's schema has it. */
  public Optional<Column> of(String table, String column) {
    return Optional.ofNullable(columns().get(key(table, column)));
  }

  /** The column, which must exist: a declaration naming a missing column is a programming error. */
  public Column required(String table, String column) {
    return of(table, column).orElseThrow(() -> new IllegalStateException(
        "The schema has no column " + table + "." + column));
  }

  private Map<String, Column> columns() {
    Map<String, Column> loaded = columns;
    if (loaded == null) {
      loaded = load();
      columns = loaded;
    }
    return loaded;
  }

  private Map<String, Column> load() {
    Map<String, Column> loaded = new HashMap<>();
    jdbc.query("select table_name, column_name, character_maximum_length, numeric_precision, numeric_scale, data_type "
        + "from information_schema.columns where lower(table_schema) = lower(current_schema())", row -> {
          String table = row.getString(1).toLowerCase(Locale.ROOT);
          String column = row.getString(2).toLowerCase(Locale.ROOT);
          String type = row.getString(6) == null ? "" : row.getString(6).toLowerCase(Locale.ROOT);
          boolean text = type.contains("char") || type.contains("text");
          boolean numeric = type.contains("numeric") || type.contains("decimal");
          Integer length = text ? integer(row.getObject(3), false) : null;
          loaded.put(key(table, column), new Column(table, column, length,
              numeric ? integer(row.getObject(4), false) : null, numeric ? integer(row.getObject(5), true) : null));
        });
    return Map.copyOf(loaded);
  }

  private static Integer integer(Object value, boolean zeroAllowed) {
    if (value instanceof Number number) {
      long big = number.longValue();
      return big > Integer.MAX_VALUE || big < 0 || (big == 0 && !zeroAllowed) ? null : (int) big;
    }
    return null;
  }

  private static String key(String table, String column) {
    return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
  }
}
