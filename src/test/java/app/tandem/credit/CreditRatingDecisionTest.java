package app.tandem.credit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.engine.DecisionPoints;
import app.tandem.common.money.Money;
import app.tandem.credit.CreditRatings.FieldAssessment;
import app.tandem.credit.CreditRatings.PaymentHistory;
import app.tandem.credit.CreditRatings.Rating;
import java.io.FileInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * bpmn/credit-rating.dmn rule by rule, on the same DMN engine Camunda runs it on, scored and suggested by
 * production's own {@link DecisionPoints#add} and {@link CreditRatings#suggest} (never a copy of them).
 */
class CreditRatingDecisionTest {

  static DmnEngine engine;
  static DmnDecision risk;
  static DmnDecision rating;

  /** A customer the manager found in good order, with a year of clean payments. */
  static final FieldAssessment GOOD = new FieldAssessment("BUSY", "SEASONED", "LOW", "NEGOTIATES", "USUAL", false,
      "GOOD");
  static final PaymentHistory CLEAN = new PaymentHistory(0, 0, 0, 0, 12);
  static final Money MILLION = new Money(new BigDecimal("1000000.00"), "RUB");

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var model = new FileInputStream("bpmn/credit-rating.dmn")) {
      var decisions = engine.parseDecisions(model);
      risk = decisions.stream().filter(d -> d.getKey().equals(CreditRatings.RISK_DECISION)).findFirst().orElseThrow();
      rating = decisions.stream().filter(d -> d.getKey().equals(CreditRatings.RATING_DECISION)).findFirst()
          .orElseThrow();
    }
  }

  static DecisionPoints points(FieldAssessment assessment, PaymentHistory history, Money requested) {
    List<Map<String, Object>> matches = engine.evaluateDecisionTable(risk,
        CreditRatings.inputs(assessment, history, requested)).getResultList();
    return DecisionPoints.add(matches, CreditRatings.MAX_SCORE);
  }

  static Rating rate(FieldAssessment assessment, PaymentHistory history, Money requested, int termDays) {
    var points = points(assessment, history, requested);
    var row = engine.evaluateDecisionTable(rating, Map.of("riskScore", points.score())).getSingleResult()
        .getEntryMap();
    return CreditRatings.suggest(points, row, requested, termDays);
  }

  static FieldAssessment with(String question, String answer) {
    var a = GOOD;
    return new FieldAssessment(
        question.equals("premises") ? answer : a.premises(),
        question.equals("management") ? answer : a.management(),
        question.equals("staffTurnover") ? answer : a.staffTurnover(),
        question.equals("priceAttitude") ? answer : a.priceAttitude(),
        question.equals("termsAsked") ? answer : a.termsAsked(),
        question.equals("discountsPushed") ? Boolean.parseBoolean(answer) : a.discountsPushed(),
        question.equals("competitorsView") ? answer : a.competitorsView());
  }

  @Test
  void aCustomerInGoodOrderGetsTheRequestedLimitAndTerm() {
    var good = rate(GOOD, CLEAN, MILLION, 45);
    assertThat(good.rating()).isEqualTo("A");
    assertThat(good.score()).isZero();
    assertThat(good.reasons()).isEmpty();
    assertThat(good.suggestedLimit()).isEqualTo(MILLION);
    assertThat(good.suggestedTermDays()).isEqualTo(45);
    assertThat(good.reviewMonths()).isEqualTo(12);
  }

  @ParameterizedTest(name = "{0} = {1}: {2} points")
  @CsvSource({
      "premises, FOR_SHOW, 25, Offices or warehouses are for show",
      "premises, HALF_EMPTY, 10, Production or warehouses half empty",
      "premises, NOT_SEEN, 10, The manager has not seen the premises",
      "management, BREAKS_AGREEMENTS, 25, Management does not keep its agreements",
      "management, NEW, 8, Management new to the business",
      "staffTurnover, HIGH, 8, High staff turnover",
      "staffTurnover, UNKNOWN, 0, ",
      "priceAttitude, INDIFFERENT, 10, Prices hardly matter in negotiations",
      "termsAsked, EXCESSIVE, 12, Asks for excessively long payment terms",
      "discountsPushed, true, 8, Buys only with discounts",
      "competitorsView, BAD, 15, Competitors rate the customer badly",
      "competitorsView, MIXED, 5, Competitors' view is mixed",
      "competitorsView, UNKNOWN, 0, "})
  void eachAnswerOfTheFieldAssessmentWeighs(String question, String answer, int expected, String reason) {
    var points = points(with(question, answer), CLEAN, MILLION);
    assertThat(points.score()).isEqualTo(expected);
    assertThat(points.reasons()).isEqualTo(reason == null ? List.of() : List.of(reason));
  }

  @ParameterizedTest(name = "{0} days late, {1} broken, {2} escalations, {3} legal, {4} months: {5}")
  @CsvSource({
      "5, 0, 0, 0, 12, 0",     // a few days late is normal
      "6, 0, 0, 0, 12, 10",    // PaysLate from 6 days
      "30, 0, 0, 0, 12, 10",
      "31, 0, 0, 0, 12, 25",   // PaysVeryLate beyond 30 days
      "0, 1, 0, 0, 12, 10",    // BrokenPromise
      "0, 2, 0, 0, 12, 20",    // BrokenPromises
      "0, 0, 1, 0, 12, 10",    // Escalated
      "0, 0, 0, 1, 12, 40",    // Legal
      "0, 0, 0, 0, 5, 10",     // NewCustomer under 6 months
      "0, 0, 0, 0, 6, 0",
      "0, 0, 0, 0, 35, 0",
      "10, 0, 0, 0, 36, 0",    // LongRelationship's -10 offsets paying late
      "0, 0, 0, 0, 36, 0"})    // on its own it cannot go below 0
  void thePaymentHistoryInTandemWeighs(int daysBeyondTerms, int brokenPromises, int escalations, int legalCases,
      int relationshipMonths, int expected) {
    var history = new PaymentHistory(daysBeyondTerms, brokenPromises, escalations, legalCases, relationshipMonths);
    assertThat(points(GOOD, history, MILLION).score()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
      "9999999.99, RUB, 0",
      "10000000, RUB, 10",
      "119999.99, USD, 0",
      "120000, USD, 10",
      "110000, EUR, 10",
      "900000, CNY, 10",
      "120000, CNY, 0"})     // thresholds are per currency
  void aLargeRequestWeighsByItsOwnCurrency(String amount, String currency, int expected) {
    assertThat(points(GOOD, CLEAN, new Money(new BigDecimal(amount), currency)).score()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "score {0}: {1}, {2} of the limit, at most {3} days, review after {4} months")
  @CsvSource({
      "0, A, 1.0, 60, 12",
      "14, A, 1.0, 60, 12",
      "15, B, 0.75, 45, 6",
      "34, B, 0.75, 45, 6",
      "35, C, 0.4, 30, 3",
      "59, C, 0.4, 30, 3",
      "60, D, 0.0, 0, 1",
      "100, D, 0.0, 0, 1"})
  void theScoreGivesTheRatingAndItsLimits(int score, String expected, double share, int maxTerm, int review) {
    var row = engine.evaluateDecisionTable(rating, Map.of("riskScore", score)).getSingleResult().getEntryMap();
    assertThat(row).containsEntry("rating", expected).containsEntry("limitShare", share)
        .containsEntry("maxTermDays", maxTerm).containsEntry("reviewMonths", review);
  }

  @Test
  void theSuggestionIsAShareOfTheRequestRoundedDownToThousandsInItsCurrency() {
    // new management (8) and high turnover (8): 16 points, B
    var b = rate(new FieldAssessment("BUSY", "NEW", "HIGH", "NEGOTIATES", "USUAL", false, "GOOD"), CLEAN,
        new Money(new BigDecimal("1234567.89"), "RUB"), 60);
    assertThat(b.rating()).isEqualTo("B");
    assertThat(b.score()).isEqualTo(16);
    assertThat(b.suggestedLimit()).as("0.75 × 1 234 567.89 = 925 925.92, down to thousands")
        .isEqualTo(new Money(new BigDecimal("925000.00"), "RUB"));
    assertThat(b.suggestedTermDays()).as("60 days asked, B allows 45").isEqualTo(45);
    assertThat(b.reasons()).containsExactly("Management new to the business", "High staff turnover");

    var usd = rate(GOOD, CLEAN, new Money(new BigDecimal("50000.00"), "USD"), 30);
    assertThat(usd.suggestedLimit()).isEqualTo(new Money(new BigDecimal("50000.00"), "USD"));
    assertThat(usd.suggestedTermDays()).as("a shorter term than the rating allows stays").isEqualTo(30);
  }

  @Test
  void aCustomerInLegalActionWhoseOfficesAreForShowGetsPrepaymentOnlyAndTheScoreIsCapped() {
    var worst = rate(new FieldAssessment("FOR_SHOW", "BREAKS_AGREEMENTS", "HIGH", "INDIFFERENT", "EXCESSIVE", true,
        "BAD"), new PaymentHistory(45, 3, 2, 1, 3), new Money(new BigDecimal("20000000.00"), "RUB"), 90);
    assertThat(worst.score()).isEqualTo(CreditRatings.MAX_SCORE);
    assertThat(worst.rating()).isEqualTo("D");
    assertThat(worst.suggestedLimit()).isEqualTo(new Money(new BigDecimal("0.00"), "RUB"));
    assertThat(worst.suggestedTermDays()).isZero();
    assertThat(worst.reviewMonths()).isEqualTo(1);
    assertThat(worst.reasons()).contains("Legal action against the customer", "Offices or warehouses are for show")
        .doesNotHaveDuplicates();
  }
}
