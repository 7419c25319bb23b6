package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.TandemSpringTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every demo user logs in to the real Tasklist and sees exactly the filters of their role. */
@TandemSpringTest
class TasklistLoginJourney {

  private static final List<String> EVERY_ROLE = List.of("My tasks", "My group's tasks");

  /** user → (full name shown in Tasklist, filters in their order). */
  private static final Map<String, Map.Entry<String, List<String>>> USERS = new LinkedHashMap<>();

  static {
    USERS.put("anna", Map.entry("Anna Smirnova", EVERY_ROLE));
    USERS.put("boris", Map.entry("Boris Kuznetsov", EVERY_ROLE));
    USERS.put("svetlana", Map.entry("Svetlana Popova", EVERY_ROLE));
    USERS.put("olga", Map.entry("Olga Volkova", EVERY_ROLE));
    USERS.put("fedor", Map.entry("Fedor Morozov", EVERY_ROLE));
    USERS.put("lev", Map.entry("Lev Sokolov", EVERY_ROLE));
    USERS.put("dmitry", Map.entry("Dmitry Lebedev", EVERY_ROLE));
    USERS.put("admin", Map.entry("Tandem Administrator", EVERY_ROLE));
  }

  @LocalServerPort
  int port;

  @Test
  void everyDemoUserSeesExactlyTheirRolesFilters() {
    try (var browser = new Browser(port)) {
      USERS.forEach((user, expected) -> {
        browser.logIn("tasklist", user, user);
        browser.waitUntil(driver -> driver.findElement(By.cssSelector("body")).getText().contains(expected.getKey()));
        browser.waitAllVisible(By.cssSelector(".task-filter h4.name a"));

        assertThat(filterNames(browser)).as(user).containsExactlyElementsOf(expected.getValue());
        assertThat(browser.findAll(By.cssSelector(".ce-eol-banner")).stream().noneMatch(b -> b.isDisplayed()))
            .as("vendor banner hidden from staff").isTrue();
        browser.screenshot("login-" + user);
        browser.logOut();
      });
    }
  }

  @Test
  void wrongPasswordKeepsTheUserOnTheLoginForm() {
    try (var browser = new Browser(port)) {
      // an unknown user: a real one would be throttled by the engine after the failed attempt
      browser.logIn("tasklist", "mallory", "guessed-password");
      browser.waitUntil(driver -> driver.findElement(By.cssSelector("body")).getText().contains("Wrong credentials"));

      assertThat(browser.findAll(By.cssSelector(".task-filter"))).isEmpty();
      browser.screenshot("login-wrong-password");
    }
  }

  private static List<String> filterNames(Browser browser) {
    return browser.findAll(By.cssSelector(".task-filter h4.name a")).stream()
        .map(link -> link.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
        .toList();
  }
}
