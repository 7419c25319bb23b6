package app.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/delivery-priority.dmn, rule by rule, on the same DMN engine Camunda runs it on. */
class DeliveryPriorityDecisionTest {

  static DmnEngine engine;
  static DmnDecision priority;
  static DmnDecision priorityClass;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var model = new FileInputStream("bpmn/delivery-priority.dmn")) {
      var decisions = engine.parseDecisions(model);
      priority = decisions.stream().filter(d -> d.getKey().equals("delivery-priority")).findFirst().orElseThrow();
      priorityClass = decisions.stream().filter(d -> d.getKey().equals("delivery-priority-class")).findFirst().orElseThrow();
    }
  }

  /** A routine order: key-accounts team, regular customer, small, due in a week, nothing special. */
  static Map<String, Object> routine() {
    Map<String, Object> order = new HashMap<>();
    order.put("team", "KEY_ACCOUNTS");
    order.put("customerSegment", "REGULAR");
    order.put("orderValue", 50_000.0);
    order.put("currency", "RUB");
    order.put("workingDaysToRequested", 5);
    order.put("firstDelivery", false);
    order.put("latePenalty", false);
    order.put("daysWaiting", 1);
    order.put("failedDeliveries", 0);
    return order;
  }

  record Score(int score, List<String> reasons, String priorityClass) {
  }

  /**
   * The order's priority as the process computes it: the matching rules added up by production's
   * {@link OrderPriorities#add} (clamped, reasons once each), then the class table for that score.
   */
  static Score score(Map<String, Object> order) {
    List<Map<String, Object>> matches = engine.evaluateDecisionTable(priority, order).getResultList();
    int score = OrderPriorities.add(matches).score();
    String cls = engine.evaluateDecisionTable(priorityClass, Map.of("priorityScore", score)).getSingleResult()
        .getSingleEntry();
    return new Score(score, app.tandem.common.engine.DecisionPoints.reasons(matches), cls);
  }

  static Map<String, Object> with(Object... pairs) {
    var order = routine();
    for (int i = 0; i < pairs.length; i += 2) {
      order.put((String) pairs[i], pairs[i + 1]);
    }
    return order;
  }

  @ParameterizedTest(name = "{0}={1} adds {2} points: {3}")
  @CsvSource({
      // rule KeyAccount is in the baseline (20); rule NewClients replaces it
      "team, NEW_CLIENTS, -10, new-clients team",
      "firstDelivery, true, 25, first delivery to a new client",
      "customerSegment, NEW, 5, new customer",
      "latePenalty, true, 25, penalty for lateness",
      "workingDaysToRequested, 0, 20, due on the next delivery day",
      "workingDaysToRequested, -3, 20, due on the next delivery day",
      "workingDaysToRequested, 1, 10, due within 2 working days",
      "workingDaysToRequested, 2, 10, due within 2 working days",
      "workingDaysToRequested, 3, 0, key account",
      "daysWaiting, 2, 10, waiting 2-3 working days",
      "daysWaiting, 3, 10, waiting 2-3 working days",
      "daysWaiting, 4, 20, waiting 4+ working days",
      "failedDeliveries, 1, 20, re-planned after a failed delivery",
      "failedDeliveries, 2, 20, re-planned after a failed delivery",
  })
  void eachRuleAddsItsPoints(String input, String value, int points, String reason) {
    Object typed = switch (input) {
      case "firstDelivery", "latePenalty" -> Boolean.parseBoolean(value);
      case "workingDaysToRequested", "daysWaiting", "failedDeliveries" -> Integer.parseInt(value);
      default -> value;
    };
    var base = score(routine());
    var changed = score(with(input, typed));
    assertThat(base.score()).isEqualTo(20);
    assertThat(base.reasons()).containsExactly("key account");
    assertThat(changed.score() - base.score()).isEqualTo(points);
    assertThat(changed.reasons()).contains(reason);
  }

  @ParameterizedTest(name = "{0} {1} adds {2} points")
  @CsvSource({
      "1000000, RUB, 15", "999999.99, RUB, 8", "300000, RUB, 8", "299999.99, RUB, 0",
      "12000, USD, 15", "3500, USD, 8", "3499, USD, 0",
      "11000, EUR, 15", "3200, EUR, 8", "3199, EUR, 0",
      "90000, CNY, 15", "25000, CNY, 8", "24999, CNY, 0",
      "1000000, CNY, 15", "12000, RUB, 0",
  })
  void valueThresholdsArePerCurrency(double value, String currency, int points) {
    assertThat(score(with("orderValue", value, "currency", currency)).score() - 20).isEqualTo(points);
  }

  @ParameterizedTest(name = "score {0} is class {1}")
  @CsvSource({"100, A", "60, A", "59, B", "35, B", "34, C", "0, C"})
  void classesByScore(int score, String cls) {
    assertThat(engine.evaluateDecisionTable(priorityClass, Map.of("priorityScore", score)).getSingleResult()
        .<String>getSingleEntry()).isEqualTo(cls);
  }

  @Test
  void aKeyAccountsPenaltyOrderOutranksASmallNewClientOrder() {
    var penalty = score(with("latePenalty", true));
    var smallNewClient = score(with("team", "NEW_CLIENTS", "customerSegment", "NEW", "orderValue", 20_000.0));
    assertThat(penalty.score()).isGreaterThan(smallNewClient.score());
    assertThat(penalty.priorityClass()).isEqualTo("B");
    assertThat(smallNewClient.priorityClass()).isEqualTo("C");
  }

  @Test
  void aNewClientsFirstDeliveryOutranksARoutineRepeatOrderOfTheSameValue() {
    var first = score(with("team", "NEW_CLIENTS", "customerSegment", "NEW", "firstDelivery", true, "orderValue", 400_000.0));
    var repeat = score(with("orderValue", 400_000.0));
    var repeatOfTheTeam = score(with("team", "NEW_CLIENTS", "orderValue", 400_000.0));
    assertThat(first.score()).isGreaterThan(repeat.score()).isGreaterThan(repeatOfTheTeam.score());
    assertThat(first.reasons()).containsExactly("new-clients team", "first delivery to a new client", "new customer",
        "medium order");
  }

  @Test
  void pointsAreAddedUpClampedToZeroToAHundredAndEachReasonListedOnce() {
    var matches = List.<Map<String, Object>>of(Map.of("points", 60, "reason", "first"),
        Map.of("points", 50, "reason", "second"), Map.of("points", 10, "reason", "first"));
    assertThat(OrderPriorities.add(matches)).isEqualTo(new OrderPriorities.Priority(100, null, "first, second"));
    assertThat(OrderPriorities.add(List.of(Map.of("points", -10, "reason", "new-clients team"))).score()).isZero();
    assertThat(OrderPriorities.add(List.of()).reason()).isEqualTo("no priority factors");
  }

  @Test
  void everythingAtOnceIsCappedAt100() {
    var all = score(with("firstDelivery", true, "latePenalty", true, "customerSegment", "NEW", "orderValue", 5_000_000.0,
        "workingDaysToRequested", 0, "daysWaiting", 5, "failedDeliveries", 1));
    assertThat(all.score()).isEqualTo(100);
    assertThat(all.priorityClass()).isEqualTo("A");
    assertThat(all.reasons()).hasSize(8);
  }
}
