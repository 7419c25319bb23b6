package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.delivery.DeliveryNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A failed delivery goes back to be scored again (the failed attempt raises its priority) and the
 * manager is told; the old date and rank no longer apply.
 */
@Component("replanFailedOrder")
class ReplanFailedOrderDelegate implements JavaDelegate {

  private final DeliveryNotifications notifications;

  ReplanFailedOrderDelegate(DeliveryNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.failed(ORDER_NUMBER.from(execution));
    for (var variable : new String[] {DELIVERY_DATE.name(), DELIVERY_RANK.name(), DELIVERY_DUE.name(),
        DELIVERY_FOLLOW_UP.name(), DELIVERY_OUTCOME.name(), DELIVERED_AT.name(), FAILURE_REASON.name()}) {
      execution.removeVariable(variable);
    }
  }
}
