package app.tandem.delivery.delegate;


import app.tandem.delivery.DeliveryNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the manager their order is on the approved list, with its date and rank. */
@Component("notifyOrderScheduled")
class NotifyOrderScheduledDelegate implements JavaDelegate {

  private final DeliveryNotifications notifications;

  NotifyOrderScheduledDelegate(DeliveryNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.scheduled(execution.getProcessBusinessKey());
  }
}
