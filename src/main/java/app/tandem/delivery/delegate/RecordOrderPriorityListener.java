package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.delivery.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the order's score, class and reason on the order (and in its history when they change). */
@Component("recordOrderPriority")
class RecordOrderPriorityListener implements ExecutionListener {

  private final OrderService orders;

  RecordOrderPriorityListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    orders.recordPriority(ORDER_NUMBER.from(execution), PRIORITY_SCORE.from(execution), PRIORITY_CLASS.from(execution),
        PRIORITY_REASON.from(execution));
  }
}
