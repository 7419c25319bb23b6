package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.PRIORITY_FACTORS;
import static app.tandem.delivery.DeliveryPrioritisationProcess.PRIORITY_REASON;
import static app.tandem.delivery.DeliveryPrioritisationProcess.PRIORITY_SCORE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Adds up the points of every matching rule of delivery-priority into a score of 0 to 100 and lists
 * their reasons in the table's order. The weights are in the table, not here.
 */
@Component("scoreOrder")
class ScoreOrderListener implements ExecutionListener {

  static final int MAX_SCORE = 100;

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    var factors = (List<Map<String, Object>>) PRIORITY_FACTORS.optionalFrom(execution).orElse(List.of());
    int points = 0;
    List<String> reasons = new ArrayList<>();
    for (Map<String, Object> factor : factors) {
      if (factor.get("points") instanceof Number number) {
        points += number.intValue();
      }
      if (factor.get("reason") != null && !reasons.contains(factor.get("reason").toString())) {
        reasons.add(factor.get("reason").toString());
      }
    }
    PRIORITY_SCORE.set(execution, Math.max(0, Math.min(MAX_SCORE, points)));
    PRIORITY_REASON.set(execution, reasons.isEmpty() ? "no priority factors" : String.join(", ", reasons));
    execution.removeVariable(PRIORITY_FACTORS.name());
  }
}
