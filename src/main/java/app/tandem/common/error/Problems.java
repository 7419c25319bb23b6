package app.tandem.common.error;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tandem's one error contract, for its own API and the engine's APIs alike: what a failure means to
 * the caller as an RFC 9457 problem — {@code 400} with {@code errors: [{field, message}]} for invalid
 * input, {@code 403} when the role does not allow it, {@code 404} when it does not exist (or may not
 * be known), {@code 409} when someone else changed it at the same moment or it contradicts what is
 * stored, and {@code 500} with a {@code reference} to the log for everything unexpected — never a
 * stack trace, SQL or another case's data.
 */
public final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {
  }

  /** The problem a failure means to the caller; unexpected ones are logged with their reference. */
  public static ProblemDetail of(Throwable failure, String where) {
    ProblemDetail known = known(failure, where);
    return known != null ? known : unexpected(failure, where);
  }

  /** The problem a failure of a known kind means to the caller, or null for an unexpected one. */
  public static ProblemDetail known(Throwable failure, String where) {
    var invalid = find(failure, InvalidRequestException.class);
    if (invalid != null) {
      return invalid(invalid.getMessage(), invalid.fields());
    }
    var forbidden = find(failure, ForbiddenException.class);
    if (forbidden != null) {
      return problem(HttpStatus.FORBIDDEN, "Forbidden", forbidden.getMessage());
    }
    var notFound = find(failure, NotFoundException.class);
    if (notFound != null) {
      return problem(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage());
    }
    var conflict = find(failure, ConflictException.class);
    if (conflict != null) {
      return problem(HttpStatus.CONFLICT, "Conflict", conflict.getMessage());
    }
    if (find(failure, OptimisticLockingException.class) != null
        || find(failure, OptimisticLockingFailureException.class) != null
        || find(failure, PessimisticLockingFailureException.class) != null) {
      return problem(HttpStatus.CONFLICT, "Conflict", "Someone else changed this at the same moment. "
          + "Reload it and try again: nothing of yours was saved.");
    }
    var denied = find(failure, AuthorizationException.class);
    if (denied != null) {
      return problem(HttpStatus.FORBIDDEN, "Forbidden", denied.getMessage() == null
          ? "Your role does not allow this request." : denied.getMessage());
    }
    if (find(failure, AccessDeniedException.class) != null) {
      return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request.");
    }
    var rejected = find(failure, org.springframework.security.web.firewall.RequestRejectedException.class);
    if (rejected != null) {
      String field = rejectedHeader(rejected.getMessage());
      String message = "request".equals(field) ? "The request's address or headers hold characters that are not allowed"
          : field + " may hold only printable ASCII characters";
      return invalid(message, List.of(new FieldProblem(field, message)));
    }
    var missing = find(failure, NullValueException.class);
    if (missing != null && missing.getMessage() != null && missing.getMessage().startsWith("Cannot find")) {
      return problem(HttpStatus.NOT_FOUND, "Not found", firstSentence(missing.getMessage()));
    }
    if (find(failure, DataIntegrityViolationException.class) != null) {
      LOG.warn("Refused a change that conflicts with stored data at {}: {}", where, rootMessage(failure));
      return problem(HttpStatus.CONFLICT, "Conflict", "This conflicts with data stored meanwhile "
          + "(the same number or key was just used). Reload and try again.");
    }
    var badRequest = find(failure, BadUserRequestException.class);
    if (badRequest == null) {
      badRequest = find(failure, NotValidException.class);
    }
    if (badRequest != null) {
      return invalid(firstSentence(badRequest.getMessage()), List.of());
    }
    return null;
  }

  public static ProblemDetail invalid(String detail, List<FieldProblem> fields) {
    var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
    problem.setProperty("errors", fields);
    return problem;
  }

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  /** An unexpected failure: logged in full under a reference the caller may quote. */
  public static ProblemDetail unexpected(Throwable failure, String where) {
    String reference = UUID.randomUUID().toString();
    LOG.error("Unexpected error {} on {}", reference, where, failure);
    var problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "Something went wrong on our side. Quote reference " + reference + " to support.");
    problem.setProperty("reference", reference);
    return problem;
  }

  /** The header a firewall refusal names ({@code Idempotency-Key}), or "request". */
  public static String rejectedHeader(String message) {
    var header = java.util.regex.Pattern.compile("header: \"([^\"]+?)\\s*\"").matcher(message == null ? "" : message);
    if (!header.find()) {
      return "request";
    }
    return java.util.Arrays.stream(header.group(1).trim().split("-"))
        .map(part -> part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1).toLowerCase())
        .collect(java.util.stream.Collectors.joining("-"));
  }

  static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return null;
  }

  private static String rootMessage(Throwable failure) {
    Throwable current = failure;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current.getMessage();
  }

  /** Engine messages sometimes append internals after the first sentence (ids, SQL); keep the first. */
  private static String firstSentence(String message) {
    if (message == null) {
      return "The request cannot be carried out.";
    }
    String first = message.split("\\R", 2)[0];
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }
}
