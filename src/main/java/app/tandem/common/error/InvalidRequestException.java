package app.tandem.common.error;

import java.util.List;

/** Business validation failed; answered as 400 with the problems per field. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> fields;

  public InvalidRequestException(String message, List<FieldProblem> fields) {
    super(message);
    this.fields = List.copyOf(fields);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(message, List.of(new FieldProblem(field, message)));
  }

  /** Refuses the request when a text the business requires (a reason, a comment) is missing or blank. */
  public static void requireText(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      throw of(field, message);
    }
  }

  /** Refuses the request with every problem found, if any: the one place a validation ends. */
  public static void throwIfAny(String message, List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(message, problems);
    }
  }

  public List<FieldProblem> fields() {
    return fields;
  }
}
