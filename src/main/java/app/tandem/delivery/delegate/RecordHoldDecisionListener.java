package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.COMMENT;
import static app.tandem.delivery.DeliveryPrioritisationProcess.HOLD_DECISION;
import static app.tandem.delivery.DeliveryPrioritisationProcess.ORDER_NUMBER;
import static app.tandem.delivery.DeliveryPrioritisationProcess.STATUS;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.delivery.OrderService;
import app.tandem.delivery.OrderService.HoldDecision;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The head of sales on an order of a customer on credit hold: release it, keep it waiting or cancel it. */
@Component("recordHoldDecision")
class RecordHoldDecisionListener implements TaskListener {

  private final OrderService orders;

  RecordHoldDecisionListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateTask task) {
    String text = HOLD_DECISION.optionalFrom(task).orElse("");
    var decision = Arrays.stream(HoldDecision.values()).filter(d -> d.name().equals(text)).findFirst()
        .orElseThrow(() -> InvalidRequestException.of(HOLD_DECISION.name(),
            "Choose a decision: release the order, keep it waiting or cancel it"));
    String comment = COMMENT.optionalFrom(task).map(String::trim).filter(c -> !c.isEmpty()).orElse(null);
    if (comment == null && decision != HoldDecision.WAIT) {
      throw InvalidRequestException.of(COMMENT.name(), decision == HoldDecision.RELEASE
          ? "Say why this order may go out although the customer is on credit hold"
          : "Say why the order is cancelled");
    }
    String number = ORDER_NUMBER.from(task);
    orders.decideHold(number, decision, comment, Actor.of(task));
    STATUS.set(task.getExecution(), orders.get(number).getStatus().name());
  }
}
