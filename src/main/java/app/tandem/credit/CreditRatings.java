package app.tandem.credit;

import app.tandem.common.engine.DecisionPoints;
import app.tandem.common.engine.Decisions;
import app.tandem.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A customer's credit rating: the risk points of the DMN table {@code credit-risk} — the sales manager's field
 * assessment, the customer's payment history in Tandem and the size of the request — added up to a score of 0 to
 * 100 with the reasons, and what {@code credit-rating} makes of the score: the rating A–D, the suggested limit
 * (a share of the requested one, rounded down to whole thousands, in the requested currency: nothing is
 * converted), the suggested payment term (the requested one, at most the rating's longest) and when to review.
 */
@Service
public class CreditRatings {

  public static final String RISK_DECISION = "credit-risk";
  public static final String RATING_DECISION = "credit-rating";
  public static final int MAX_SCORE = 100;

  /** What the sales manager saw at the customer: each a choice of the field assessment's question. */
  public record FieldAssessment(String premises, String management, String staffTurnover, String priceAttitude,
      String termsAsked, boolean discountsPushed, String competitorsView) {
  }

  /** What Tandem knows of how the customer paid. */
  public record PaymentHistory(int daysBeyondTerms, int brokenPromises, int escalations, int legalCases,
      int relationshipMonths) {
  }

  /** The rating with its suggestion and why. */
  public record Rating(String rating, int score, Money suggestedLimit, int suggestedTermDays, int reviewMonths,
      String meaning, List<String> reasons) {
  }

  private final Decisions decisions;

  CreditRatings(Decisions decisions) {
    this.decisions = decisions;
  }

  public Rating rate(FieldAssessment assessment, PaymentHistory history, Money requested, int requestedTermDays) {
    var inputs = inputs(assessment, history, requested);
    var points = DecisionPoints.add(decisions.evaluate(RISK_DECISION, inputs), MAX_SCORE);
    return suggest(points, decisions.single(RATING_DECISION, Map.of("riskScore", points.score())), requested,
        requestedTermDays);
  }

  /** The inputs of {@code credit-risk}, as the table names them. */
  public static Map<String, Object> inputs(FieldAssessment assessment, PaymentHistory history, Money requested) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("premises", assessment.premises());
    inputs.put("management", assessment.management());
    inputs.put("staffTurnover", assessment.staffTurnover());
    inputs.put("priceAttitude", assessment.priceAttitude());
    inputs.put("termsAsked", assessment.termsAsked());
    inputs.put("discountsPushed", assessment.discountsPushed());
    inputs.put("competitorsView", assessment.competitorsView());
    inputs.put("daysBeyondTerms", history.daysBeyondTerms());
    inputs.put("brokenPromises", history.brokenPromises());
    inputs.put("escalations", history.escalations());
    inputs.put("legalCases", history.legalCases());
    inputs.put("relationshipMonths", history.relationshipMonths());
    inputs.put("requestedLimit", requested.amount().doubleValue());
    inputs.put("currency", requested.currency());
    return inputs;
  }

  /** The suggestion for a score and the row of {@code credit-rating} it matched. */
  public static Rating suggest(DecisionPoints points, Map<String, Object> row, Money requested, int requestedTermDays) {
    BigDecimal share = BigDecimal.valueOf(((Number) row.get("limitShare")).doubleValue());
    BigDecimal limit = requested.amount().multiply(share).divide(BigDecimal.valueOf(1000), 0, RoundingMode.DOWN)
        .multiply(BigDecimal.valueOf(1000)).setScale(2);
    int maxTerm = ((Number) row.get("maxTermDays")).intValue();
    return new Rating((String) row.get("rating"), points.score(), new Money(limit, requested.currency()),
        Math.min(requestedTermDays, maxTerm), ((Number) row.get("reviewMonths")).intValue(),
        (String) row.get("ratingMeaning"), points.reasons());
  }
}
