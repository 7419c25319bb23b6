package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.COMMENT;
import static app.tandem.delivery.DeliveryPrioritisationProcess.ORDER_NUMBER;

import app.tandem.delivery.DeliveryNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the manager that the head of sales cancelled their order (it is already CANCELLED). */
@Component("cancelDeliveryOrder")
class CancelDeliveryOrderDelegate implements JavaDelegate {

  private final DeliveryNotifications notifications;

  CancelDeliveryOrderDelegate(DeliveryNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.cancelled(ORDER_NUMBER.from(execution), COMMENT.optionalFrom(execution).orElse(null));
  }
}
