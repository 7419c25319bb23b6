package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The prod profile as an operator starts it: secrets from the environment, no demo data. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

  private static final String SECRET = "violet-harbour-71-lantern";

  @Test
  void refusesToStartWithoutAnAdministratorPassword(CapturedOutput output) {
    assertThatThrownBy(() -> start("--TANDEM_ADMIN_USER=chief", "--TANDEM_ADMIN_PASSWORD="))
        .isInstanceOf(InsecureConfigurationException.class);

    assertThat(output).contains("APPLICATION FAILED TO START",
        "Refusing to start the prod profile: TANDEM_ADMIN_PASSWORD is not set.",
        "Set TANDEM_ADMIN_PASSWORD to a secret of at least 12 characters.");
  }

  @Test
  void refusesToStartWithTheDemoPassword() {
    assertThatThrownBy(() -> start("--TANDEM_ADMIN_USER=admin", "--TANDEM_ADMIN_PASSWORD=admin"))
        .isInstanceOf(InsecureConfigurationException.class)
        .hasMessageContaining("known default password");
  }

  @Test
  void startsWithRealSecretsWithoutDemoUsersAndNeverLogsThePassword(CapturedOutput output) {
    try (var context = start("--TANDEM_ADMIN_USER=chief", "--TANDEM_ADMIN_PASSWORD=" + SECRET)) {
      IdentityService identity = context.getBean(IdentityService.class);

      assertThat(identity.checkPassword("chief", SECRET)).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting("id")
          .containsExactly("chief");
      assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("chief");
      assertThat(identity.createGroupQuery().groupId("accounting").count()).isEqualTo(1);
      assertThat(context.getEnvironment().getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie"))
          .isEqualTo("true");
      assertThat(context.getEnvironment().getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie"))
          .isEqualTo("true");

      int port = ((org.springframework.boot.web.context.WebServerApplicationContext) context).getWebServer().getPort();
      var tasklist = app.tandem.support.HttpCaller.anonymous(port).get("/camunda/app/tasklist/default/");
      assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).contains(SecurityHeaders.HSTS);
      assertThat(tasklist.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
      assertThat(tasklist.headers().firstValue("X-Frame-Options")).contains("DENY");
      assertThat(tasklist.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
      assertThat(tasklist.headers().allValues("Set-Cookie")).isNotEmpty()
          .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
      var api = app.tandem.support.HttpCaller.anonymous(port).get("/api/me");
      assertThat(api.headers().firstValue("Strict-Transport-Security")).contains(SecurityHeaders.HSTS);
    }
    assertThat(output).contains("Tomcat started on port").doesNotContain(SECRET);
  }

  private static org.springframework.context.ConfigurableApplicationContext start(String... secrets) {
    String[] args = new String[secrets.length + 4];
    System.arraycopy(secrets, 0, args, 0, secrets.length);
    args[secrets.length] = "--spring.datasource.url=jdbc:h2:mem:prod-" + java.util.UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1";
    args[secrets.length + 1] = "--server.port=0";
    args[secrets.length + 2] = "--camunda.bpm.job-execution.enabled=false";
    args[secrets.length + 3] = "--spring.main.banner-mode=off";
    return new SpringApplicationBuilder(TandemApplication.class).profiles("prod").run(args);
  }
}
