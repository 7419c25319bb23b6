package app.tandem.common.input;

import app.tandem.common.error.FieldProblem;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks what an API request carries against the table it is stored in, before anything is stored:
 * each text field (a record component named like its column, {@code paymentPurpose} →
 * {@code payment_purpose}) within the column's length and free of control characters, each date
 * within {@link InputRules#EARLIEST_DATE} – {@link InputRules#LATEST_DATE}, each amount within the
 * column's precision. The limits come from the schema ({@link SchemaLimits}), never a second copy.
 */
@Component
public class RecordLimits {

  private final SchemaLimits limits;

  RecordLimits(SchemaLimits limits) {
    this.limits = limits;
  }

  /**
   * The problems of a request record, each on its field.
   *
   * @param multiline the fields that may hold line breaks (descriptions, purposes)
   */
  public List<FieldProblem> problems(Record request, String table, Set<String> multiline) {
    return problems(request, table, multiline, Map.of());
  }

  /** As {@link #problems(Record, String, Set)}, for fields whose column is named otherwise ({@code value → order_value}). */
  public List<FieldProblem> problems(Record request, String table, Set<String> multiline, Map<String, String> columns) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null) {
      return problems;
    }
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(request);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String name = component.getName();
      var column = limits.of(table, columns.getOrDefault(name, snake(name)));
      String problem = null;
      if (value instanceof String text) {
        problem = InputRules.textProblem(name, text, multiline.contains(name),
            column.map(SchemaLimits.Column::length).orElse(null));
      } else if (value instanceof LocalDate date) {
        problem = InputRules.dateRangeProblem(name, date);
      } else if (value instanceof BigDecimal amount && column.isPresent()) {
        problem = InputRules.magnitudeProblem(name, amount, column.get().precision(), column.get().scale());
      }
      if (problem != null) {
        problems.add(new FieldProblem(name, problem));
      }
    }
    return problems;
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
