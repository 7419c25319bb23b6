package app.tandem.delivery.delegate;


import app.tandem.delivery.DeliveryNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the manager the order was delivered. */
@Component("notifyOrderDelivered")
class NotifyOrderDeliveredDelegate implements JavaDelegate {

  private final DeliveryNotifications notifications;

  NotifyOrderDeliveredDelegate(DeliveryNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.delivered(execution.getProcessBusinessKey());
  }
}
