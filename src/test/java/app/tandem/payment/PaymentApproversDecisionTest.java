package app.tandem.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/payment-approvers.dmn, rule by rule, on the same DMN engine Camunda runs it on. */
class PaymentApproversDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var model = new FileInputStream("bpmn/payment-approvers.dmn")) {
      decision = engine.parseDecision("payment-approvers", model);
    }
  }

  static List<String> approvers(double amount, String currency, String category) {
    return engine.evaluateDecisionTable(decision, Map.of("amount", amount, "currency", currency, "category", category))
        .collectEntries("approverGroup");
  }

  @ParameterizedTest(name = "{0} {1} {2} → head of sales only")
  @CsvSource({
      "0.01, RUB, GOODS", "1000000, RUB, SERVICES", "999999.99, RUB, MARKETING",
      "10000, USD, LOGISTICS", "10000, EUR, OTHER", "100000, CNY, GOODS"})
  void headOfSalesAloneUpToTheThreshold(double amount, String currency, String category) {
    assertThat(approvers(amount, currency, category)).containsExactly("sales-heads");
  }

  @ParameterizedTest(name = "{0} {1} {2} → head of sales, then finance director")
  @CsvSource({
      "1000000.01, RUB, GOODS", "25000000, RUB, OTHER",
      "10000.01, USD, SERVICES", "10000.01, EUR, MARKETING", "750000, EUR, LOGISTICS",
      "100000.01, CNY, GOODS"})
  void financeDirectorToo_aboveTheThresholdOfTheCurrency(double amount, String currency, String category) {
    assertThat(approvers(amount, currency, category)).containsExactly("sales-heads", "finance");
  }

  @Test
  void thresholdsArePerCurrency() {
    assertThat(approvers(500000, "RUB", "GOODS")).containsExactly("sales-heads");
    assertThat(approvers(500000, "CNY", "GOODS")).containsExactly("sales-heads", "finance");
    assertThat(approvers(500000, "USD", "GOODS")).containsExactly("sales-heads", "finance");
  }

  @Test
  void everyCategoryIsRoutedTheSameWayToday() {
    for (String category : List.of("GOODS", "SERVICES", "LOGISTICS", "MARKETING", "OTHER")) {
      assertThat(approvers(2000000, "RUB", category)).as(category).containsExactly("sales-heads", "finance");
      assertThat(approvers(2000, "RUB", category)).as(category).containsExactly("sales-heads");
    }
  }
}
