package app.tandem.common.error;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of Tandem's API as {@code application/problem+json} (RFC 9457): validation failures
 * list each field with its message under {@code errors}; unexpected failures say only that
 * something went wrong, with a reference to the log, never a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> fields = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), message(error))).toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request has invalid fields.");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", fields);
    return ResponseEntity.badRequest().body(problem);
  }

  /** JSON that cannot be read: names the field and what it should be, e.g. an amount that is not a number. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body cannot be read.");
    problem.setTitle("Invalid request");
    if (ex.getCause() instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
      problem.setDetail("The request has invalid fields.");
      problem.setProperty("errors", List.of(new FieldProblem(unknown.getPropertyName(),
          "'" + unknown.getPropertyName() + "' is not a field of this request")));
    } else if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream().map(reference -> reference.getFieldName() != null
          ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(java.util.stream.Collectors.joining("."));
      Class<?> type = mismatch.getTargetType();
      String expected = type == null ? "a different value"
          : type.isEnum() ? "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
              .collect(java.util.stream.Collectors.joining(", "))
          : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a number like 1250000.50"
          : java.time.temporal.Temporal.class.isAssignableFrom(type) ? "a date like 2026-12-31"
          : "a " + type.getSimpleName();
      problem.setDetail("The request has invalid fields.");
      problem.setProperty("errors", List.of(new FieldProblem(field, field + " must be " + expected)));
    } else {
      problem.setProperty("errors", List.of(new FieldProblem("body", "The body must be a JSON object")));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /** A query parameter of the wrong type ({@code ?page=x}, {@code ?status=FOO}): 400 naming it. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = ex.getPropertyName() != null ? ex.getPropertyName()
        : ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch
            ? mismatch.getName() : "parameter";
    Class<?> type = ex.getRequiredType();
    String expected = type == null ? "a different value"
        : type.isEnum() ? "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
            .collect(java.util.stream.Collectors.joining(", "))
        : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a whole number"
        : java.time.temporal.Temporal.class.isAssignableFrom(type) ? "a date like 2026-12-31" : "a " + type.getSimpleName();
    return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid parameters.",
        List.of(new FieldProblem(field, field + " must be " + expected))));
  }

  /** Every other failure by the one error contract of all three APIs ({@link Problems}). */
  @ExceptionHandler(Exception.class)
  ProblemDetail failure(Exception ex, WebRequest request) {
    return Problems.of(ex, request.getDescription(false));
  }

  private static String message(FieldError error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }

}
