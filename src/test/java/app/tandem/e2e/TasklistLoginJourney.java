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

  private static final List<String> MANAGER = List.of("My tasks", "My group's tasks", "My payment requests",
      "My overdue customers", "My orders");
  private static final List<String> HEAD_OF_SALES = List.of("My tasks", "My group's tasks",
      "Payment requests to approve", "Escalated debts", "Hard cases", "Delivery list to approve", "Orders on hold");
  private static final List<String> DISPATCHER = List.of("My tasks", "My group's tasks", "Today's deliveries");
  private static final List<String> FINANCE = List.of("My tasks", "My group's tasks", "Payment requests to approve",
      "Restructuring and write-offs");
  private static final List<String> ACCOUNTANT = List.of("My tasks", "My group's tasks", "To pay today",
      "To pay this week", "Overdue payments");
  private static final List<String> LAWYER = List.of("My tasks", "My group's tasks", "Claims and lawsuits");

  /** user → (full name shown in Tasklist, filters in their order). */
  private static final Map<String, Map.Entry<String, List<String>>> USERS = new LinkedHashMap<>();

  static {
    USERS.put("anna", Map.entry("Anna Smirnova", MANAGER));
    USERS.put("boris", Map.entry("Boris Kuznetsov", MANAGER));
    USERS.put("svetlana", Map.entry("Svetlana Popova", HEAD_OF_SALES));
    USERS.put("olga", Map.entry("Olga Volkova", ACCOUNTANT));
    USERS.put("fedor", Map.entry("Fedor Morozov", FINANCE));
    USERS.put("lev", Map.entry("Lev Sokolov", LAWYER));
    USERS.put("dmitry", Map.entry("Dmitry Lebedev", DISPATCHER));
    // administrators hold every filter: the shared ones and each role's queues
    USERS.put("admin", Map.entry("Tandem Administrator", List.of("My tasks", "My group's tasks",
        "My payment requests", "Payment requests to approve", "To pay today", "To pay this week", "Overdue payments",
        "My overdue customers", "Escalated debts", "Hard cases", "Claims and lawsuits", "Restructuring and write-offs",
        "Today's deliveries", "Delivery list to approve", "Orders on hold", "My orders")));
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
        assertThat(browser.findAll(By.cssSelector("li.create-task-action")).stream().noneMatch(b -> b.isDisplayed()))
            .as("no standalone tasks").isTrue();
        assertThat(browser.waitVisible(By.cssSelector(".tandem-pages-link")).getText()).contains("Tandem pages");
        // the focused filter's edit pencil only for those who may change filters (it would lead to a 403)
        browser.click(By.cssSelector(".task-filter h4.name a"));
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector("html[data-tandem-filters-checked]")).isEmpty());
        boolean admin = "admin".equals(user);
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".task-filter.active .actions a")).stream()
            .anyMatch(pencil -> pencil.isDisplayed()) == admin);
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
