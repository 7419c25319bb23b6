package app.tandem.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/dunning-policy.dmn, rule by rule, on the same DMN engine Camunda runs it on. */
class DunningPolicyDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var model = new FileInputStream("bpmn/dunning-policy.dmn")) {
      decision = engine.parseDecision("dunning-policy", model);
    }
  }

  static DmnDecisionRuleResult decide(int daysOverdue, double balance, String currency, int remindersSent,
      int brokenPromises, int failedContacts) {
    return engine.evaluateDecisionTable(decision, Map.of("daysOverdue", daysOverdue, "balance", balance,
        "currency", currency, "remindersSent", remindersSent, "brokenPromises", brokenPromises,
        "failedContacts", failedContacts)).getSingleResult();
  }

  @ParameterizedTest(name = "{6}: {0} days, {1} {2}, {3} reminders, {4} broken, {5} failed → {7}")
  @CsvSource({
      // rule BrokenPromises
      "3, 1000, RUB, 0, 2, 0, BrokenPromises, ESCALATE",
      "3, 1000, RUB, 1, 5, 0, BrokenPromises (more), ESCALATE",
      // rule LongOverdue: strictly more than 45 days
      "46, 1000, RUB, 0, 0, 0, LongOverdue, ESCALATE",
      "45, 1000, RUB, 0, 0, 0, LongOverdue boundary, REMINDER_1",
      // rule Unreachable
      "10, 1000, RUB, 2, 0, 3, Unreachable, ESCALATE",
      "10, 1000, RUB, 2, 0, 2, Unreachable boundary, CALL",
      // rules Large* per currency: more than 15 days and at least the threshold
      "16, 5000000, RUB, 0, 0, 0, LargeRub, ESCALATE",
      "15, 5000000, RUB, 0, 0, 0, LargeRub days boundary, REMINDER_1",
      "16, 4999999.99, RUB, 0, 0, 0, LargeRub amount boundary, REMINDER_1",
      "16, 60000, USD, 1, 0, 0, LargeUsd, ESCALATE",
      "16, 55000, EUR, 1, 0, 0, LargeEur, ESCALATE",
      "16, 450000, CNY, 1, 0, 0, LargeCny, ESCALATE",
      "16, 60000, CNY, 1, 0, 0, thresholds are per currency, REMINDER_2",
      // rule FirstReminder
      "1, 100, RUB, 0, 0, 0, FirstReminder, REMINDER_1",
      // rule RecentBrokenPromise
      "8, 100, RUB, 1, 1, 0, RecentBrokenPromise, CALL",
      // rule SecondReminder
      "8, 100, RUB, 1, 0, 0, SecondReminder, REMINDER_2",
      // rule Call (default)
      "15, 100, RUB, 2, 0, 0, Call, CALL",
      "30, 100, EUR, 5, 1, 1, Call after many reminders, CALL"})
  void eachRule(int days, double balance, String currency, int reminders, int broken, int failed, String rule,
      String action) {
    assertThat(decide(days, balance, currency, reminders, broken, failed).<String>getEntry("dunningAction"))
        .as(rule).isEqualTo(action);
  }

  @Test
  void remindersWaitFiveWorkingDaysAndEveryStepSaysWhy() {
    var first = decide(1, 100, "RUB", 0, 0, 0);
    assertThat(first.<Integer>getEntry("waitDays")).isEqualTo(5);
    assertThat(first.<String>getEntry("dunningReason")).isEqualTo("First, polite reminder");
    var escalate = decide(50, 100, "RUB", 3, 0, 0);
    assertThat(escalate.<Integer>getEntry("waitDays")).isZero();
    assertThat(escalate.<String>getEntry("dunningReason")).isEqualTo("More than 45 days overdue");
  }

  @Test
  void escalationRulesWinOverReminders() {
    assertThat(decide(50, 100, "RUB", 0, 0, 0).<String>getEntry("dunningAction")).isEqualTo("ESCALATE");
    assertThat(decide(2, 100, "RUB", 0, 2, 0).<String>getEntry("dunningAction")).isEqualTo("ESCALATE");
  }
}
