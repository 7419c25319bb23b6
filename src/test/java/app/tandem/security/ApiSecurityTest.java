package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TandemSpringTest
class ApiSecurityTest {

  /** The injection from the 7.24.0 report: evaluates to "demo" if the engine runs it. */
  static final String OR_QUERY_WITH_EXPRESSION =
      "{\"orQueries\":[{\"assigneeExpression\":\"${'de'.concat('mo')}\"}]}";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/user",
      "/engine-rest/engine", "/api/me", "/api/roles"})
  void apisRefuseUnauthenticatedCallsWithProblemAndChallenge(String path) {
    HttpResponse<String> response = HttpCaller.anonymous(port).get(path);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Tandem\"");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\":401").contains("Authentication required");
  }

  @Test
  void wrongPasswordIsUnauthorizedAndSlowedDownWithoutLockingTheUserOut() {
    // a user of its own: wrong passwords for it slow down this client's further attempts (LoginThrottle)
    if (identity.createUserQuery().userId("passwordprobe").count() == 0) {
      User user = identity.newUser("passwordprobe");
      user.setPassword("the-right-password");
      identity.saveUser(user);
    }

    assertThat(HttpCaller.as(port, "passwordprobe", "a-wrong-password").get("/api/me").statusCode())
        .isEqualTo(401);
    assertThat(HttpCaller.as(port, "passwordprobe", "the-right-password").get("/api/me").statusCode())
        .as("one mistake locks nobody out").isEqualTo(200);
    for (int i = 0; i < 4; i++) {
      HttpCaller.as(port, "passwordprobe", "wrong-" + i).get("/api/me");
    }
    var throttled = HttpCaller.as(port, "passwordprobe", "the-right-password").get("/api/me");
    assertThat(throttled.statusCode()).as("after repeated mistakes this client waits").isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    assertThat(identity.checkPassword("passwordprobe", "the-right-password")).as("never locked").isTrue();
    assertThat(HttpCaller.as(port, "nobody", "nobody").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void administratorReadsTheEngineApi() {
    assertThat(HttpCaller.as(port, "admin").get("/engine-rest/process-definition").statusCode()).isEqualTo(200);
  }

  @Test
  void meAnswersTheCallersIdentityAndGroups() {
    HttpResponse<String> response = HttpCaller.as(port, "anna").get("/api/me");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"id\":\"anna\"", "\"name\":\"Anna Smirnova\"",
        "\"groups\":[\"sales-managers\",\"sales-new-clients\"]");
  }

  @Test
  void rolesAreForAdministratorsOnly() {
    HttpResponse<String> manager = HttpCaller.as(port, "anna").get("/api/roles");
    HttpResponse<String> admin = HttpCaller.as(port, "admin").get("/api/roles");

    assertThat(manager.statusCode()).isEqualTo(403);
    assertThat(manager.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(manager.body()).contains("\"status\":403").doesNotContain("Exception", "at app.tandem");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("{\"group\":\"accounting\",\"name\":\"Accounting\",\"members\":[\"olga\"]}");
  }

  @Test
  void engineRestRefusesExpressionsInOrQueries() {
    HttpResponse<String> response = HttpCaller.as(port, "admin").postJson("/engine-rest/task", OR_QUERY_WITH_EXPRESSION);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Expressions are not allowed in orQueries", "assigneeExpression");
  }

  @Test
  void engineRestRefusesExpressionsInOrQueriesOfFilterListsAndCounts() {
    var admin = HttpCaller.as(port, "admin");
    String filterId = admin.get("/engine-rest/filter?name=My%20tasks").body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    assertThat(admin.postJson("/engine-rest/task/count", OR_QUERY_WITH_EXPRESSION).statusCode()).isEqualTo(400);
    assertThat(admin.postJson("/engine-rest/filter/" + filterId + "/list", OR_QUERY_WITH_EXPRESSION).statusCode())
        .isEqualTo(400);
    assertThat(admin.postJson("/engine-rest/task",
        "{\"orQueries\":[{\"candidateGroup\":\"accounting\",\"dueDateExpression\":\"${now()}\"}]}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void aTenMegabyteDocumentSentAsFileVariablePassesTheGuard() {
    // Tasklist sends uploads as base64 File variables: 10 MB become about 13.4 MB of JSON
    String base64 = "A".repeat(14 * 1024 * 1024);
    String body = "{\"variables\":{\"invoiceFile\":{\"type\":\"File\",\"value\":\"" + base64
        + "\",\"valueInfo\":{\"filename\":\"invoice.pdf\",\"mimetype\":\"application/pdf\"}}}}";

    var response = HttpCaller.as(port, "admin").postJson("/engine-rest/task/no-such-task/submit-form", body);

    assertThat(response.statusCode()).isNotIn(400, 413);
    assertThat(response.body()).doesNotContain("larger than", "orQueries");
  }

  @Test
  void orQueriesWithoutExpressionsStillWork() {
    HttpResponse<String> response = HttpCaller.as(port, "admin")
        .postJson("/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"demo\"},{\"candidateGroup\":\"legal\"}]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  @Test
  void webappEngineApiRefusesExpressionsInOrQueries() {
    HttpCaller tasklist = HttpCaller.webappSession(port, "anna", "tasklist");

    HttpResponse<String> benign = tasklist.postJson("/camunda/api/engine/engine/default/task",
        "{\"orQueries\":[{\"assignee\":\"anna\"}]}");
    HttpResponse<String> injected = tasklist.postJson("/camunda/api/engine/engine/default/task",
        OR_QUERY_WITH_EXPRESSION);

    assertThat(benign.statusCode()).isEqualTo(200);
    assertThat(injected.statusCode()).isEqualTo(400);
    assertThat(injected.body()).contains("Expressions are not allowed in orQueries");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/camunda/api/admin/setup/default/user/create", "/camunda/api/admin/setup/default/user"})
  void adminSetupEndpointIsUnreachable(String path) {
    var anonymous = HttpCaller.anonymous(port);

    HttpResponse<String> post = anonymous.postJson(path,
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
            + "\"credentials\":{\"password\":\"intruder-password\"}}");

    assertThat(post.statusCode()).isEqualTo(404);
    assertThat(anonymous.get(path).statusCode()).isEqualTo(404);
    assertThat(HttpCaller.as(port, "intruder", "intruder-password").get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void healthIsOpenAndShowsComponentStatesOnly() {
    HttpResponse<String> health = HttpCaller.anonymous(port).get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    // the job executor's state is asserted where it runs: PostgresApplicationTest
    assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\":{\"status\":\"UP\"}",
        "\"processEngine\":{\"status\":\"UP\"}").doesNotContain("details", "H2", "jdbc");
    assertThat(HttpCaller.anonymous(port).get("/actuator/info").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
      "/actuator/loggers"})
  void otherActuatorEndpointsAreNotExposed(String path) {
    assertThat(HttpCaller.anonymous(port).get(path).statusCode()).isIn(401, 403, 404);
    assertThat(HttpCaller.as(port, "admin").get(path).statusCode()).isIn(403, 404);
  }

  @Test
  void h2ConsoleIsOff() {
    assertThat(HttpCaller.anonymous(port).get("/h2-console").statusCode()).isEqualTo(404);
    assertThat(HttpCaller.as(port, "admin").get("/h2-console/").statusCode()).isEqualTo(404);
  }

  @Test
  void theOpenApiDescriptionIsServedToAuthenticatedCallers() {
    var response = HttpCaller.as(port, "anna").get("/api/openapi.yaml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("openapi: 3.0.3").contains("/api/payment-requests:", "Idempotency-Key");
    assertThat(HttpCaller.anonymous(port).get("/api/openapi.yaml").statusCode()).isEqualTo(401);
  }

  @Test
  void unknownApiPathAnswersProblemWithoutInternals() {
    HttpResponse<String> response = HttpCaller.as(port, "anna").get("/api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception", "trace");
  }

  @Test
  void webappsLogInWithDemoCredentials() {
    assertThat(HttpCaller.webappSession(port, "olga", "tasklist")
        .get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"olga\"");
    assertThat(HttpCaller.anonymous(port).postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "olga", "password", "wrong")).statusCode()).isIn(401, 403);
  }
}
