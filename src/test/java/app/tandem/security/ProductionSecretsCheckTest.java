package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionSecretsCheckTest {

  private final ProductionSecretsCheck check = new ProductionSecretsCheck();

  @Test
  void missingPasswordIsRefused() {
    assertThatThrownBy(() -> check(prod("chief", "")))
        .isInstanceOf(InsecureConfigurationException.class)
        .hasMessage("Refusing to start the prod profile: TANDEM_ADMIN_PASSWORD is not set.");
  }

  @Test
  void missingUserIsRefused() {
    assertThatThrownBy(() -> check(prod("", "a-long-secret-password")))
        .hasMessageContaining("TANDEM_ADMIN_USER is not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "ADMIN", "demo", "password", "camunda", "changeme", "123456", "tandem"})
  void knownDefaultPasswordsAreRefused(String password) {
    assertThatThrownBy(() -> check(prod("chief", password)))
        .hasMessageContaining("known default password");
  }

  @Test
  void passwordEqualToTheUserIdIsRefused() {
    assertThatThrownBy(() -> check(prod("administrator1", "Administrator1")))
        .hasMessageContaining("known default password (or equals the user id)");
  }

  @Test
  void shortPasswordIsRefused() {
    assertThatThrownBy(() -> check(prod("chief", "Xk3#pq9")))
        .hasMessageContaining("shorter than 12 characters");
  }

  @Test
  void strongPasswordIsAccepted() {
    assertThatCode(() -> check(prod("chief", "violet-harbour-71-lantern"))).doesNotThrowAnyException();
  }

  @Test
  void otherProfilesAreNotChecked() {
    var demo = new MockEnvironment().withProperty("tandem.admin.user", "admin").withProperty("tandem.admin.password", "admin");
    assertThatCode(() -> check(demo)).doesNotThrowAnyException();
  }

  private static MockEnvironment prod(String user, String password) {
    var environment = new MockEnvironment()
        .withProperty("tandem.admin.user", user)
        .withProperty("tandem.admin.password", password);
    environment.setActiveProfiles("prod");
    return environment;
  }

  private void check(MockEnvironment environment) {
    check.postProcessEnvironment(environment, new SpringApplication());
  }
}
