package app.tandem.common.error;

/** The request contradicts what is already stored (e.g. same number, different content); 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
