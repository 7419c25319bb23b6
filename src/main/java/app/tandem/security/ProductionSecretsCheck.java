package app.tandem.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without a real administrator password, before any
 * bean (or database connection) is created. The failure is explained by
 * {@link InsecureConfigurationFailureAnalyzer}.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor {

  static final String PROD_PROFILE = "prod";
  static final int MIN_PASSWORD_LENGTH = 12;

  /** Passwords that ship with Camunda, Tandem's demo profile or every password list. */
  static final Set<String> KNOWN_DEFAULTS = Set.of("admin", "demo", "password", "camunda",
      "changeme", "change-me", "secret", "tandem", "123456", "12345678", "123456789", "qwerty",
      "letmein", "welcome", "administrator", "admin123", "password1", "passw0rd");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains(PROD_PROFILE)) {
      return;
    }
    String user = environment.getProperty("tandem.admin.user", "");
    String password = environment.getProperty("tandem.admin.password", "");
    if (user.isBlank()) {
      throw new InsecureConfigurationException("TANDEM_ADMIN_USER is not set.",
          "Set TANDEM_ADMIN_USER to the administrator's user id.");
    }
    if (password.isBlank()) {
      throw new InsecureConfigurationException("TANDEM_ADMIN_PASSWORD is not set.",
          "Set TANDEM_ADMIN_PASSWORD to a secret of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    String normalized = password.toLowerCase(Locale.ROOT);
    if (KNOWN_DEFAULTS.contains(normalized) || normalized.equals(user.toLowerCase(Locale.ROOT))) {
      throw new InsecureConfigurationException(
          "TANDEM_ADMIN_PASSWORD is a known default password (or equals the user id).",
          "Choose a secret password for the administrator.");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new InsecureConfigurationException(
          "TANDEM_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH + " characters.",
          "Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
  }
}
