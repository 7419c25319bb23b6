package app.tandem.security;

/** The configuration would run Tandem with a missing or well-known secret. */
public class InsecureConfigurationException extends RuntimeException {

  private final String action;

  public InsecureConfigurationException(String problem, String action) {
    super("Refusing to start the prod profile: " + problem);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
