package app.tandem.common.error;

/** The caller's role does not allow this (another person's case, a task of another role); 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
