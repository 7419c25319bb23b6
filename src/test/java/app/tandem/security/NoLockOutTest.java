package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Ten wrong passwords sent anonymously for a colleague never lock them out: their own login works at
 * once from their address and within a minute from the stranger's, through the API (HTTP Basic) and
 * the webapps' login form alike; administrators see who is being slowed down.
 */
@TandemSpringTest
@AutoConfigureMockMvc
class NoLockOutTest {

  @LocalServerPort
  int port;
  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void tenWrongPasswordsFromAStrangerLeaveTheRightOneWorkingWithinAMinute() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    for (int i = 0; i < 10; i++) {
      mvc.perform(get("/api/me").header("Authorization", basic("lev", "guess-" + i)).with(from("203.0.113.9")))
          .andExpect(status().is(i < 4 ? 401 : 429));
    }
    mvc.perform(get("/api/me").header("Authorization", basic("lev", "lev")).with(from("203.0.113.9")))
        .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    mvc.perform(get("/api/me").header("Authorization", basic("lev", "lev")).with(from("10.1.1.20")))
        .andExpect(status().isOk());
    assertThat(identity.checkPassword("lev", "lev")).as("the engine never locked him").isTrue();

    var logins = mvc.perform(get("/api/admin/logins").header("Authorization", basic("admin", "admin"))
        .with(from("10.1.1.2"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(logins).contains("\"user\":\"lev\"").contains("203.0.113.9");
    mvc.perform(get("/api/admin/logins").header("Authorization", basic("olga", "olga")).with(from("10.1.1.3")))
        .andExpect(status().isForbidden());

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000));
    mvc.perform(get("/api/me").header("Authorization", basic("lev", "lev")).with(from("203.0.113.9")))
        .andExpect(status().isOk());
  }

  @Test
  void theWebappLoginIsSlowedDownTheSameWayAndNeverLocksAnyoneOut() {
    ClockUtil.setCurrentTime(new Date());
    var browser = HttpCaller.anonymous(port);
    browser.get("/camunda/app/tasklist/default/");
    int throttled = 0;
    for (int i = 0; i < 10; i++) {
      var answer = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
          Map.of("username", "dmitry", "password", "wrong-" + i));
      assertThat(answer.statusCode()).isIn(401, 429);
      throttled += answer.statusCode() == 429 ? 1 : 0;
    }
    assertThat(throttled).as("attempts after the third wait").isGreaterThan(0);

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000));
    var answer = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "dmitry", "password", "dmitry"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(HttpCaller.webappSession(port, "dmitry", "tasklist")).isNotNull();
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
