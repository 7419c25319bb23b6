package app.tandem.common.error;

/** The addressed business object does not exist (or the caller may not know it does); 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
