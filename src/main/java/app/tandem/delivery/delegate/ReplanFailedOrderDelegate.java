package app.tandem.delivery.delegate;

import app.tandem.delivery.DeliveryNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A failed delivery goes back to be scored again (the failed attempt raises its priority) and the
 * manager is told; the old date and rank no longer apply (the order's table says so).
 */
@Component("replanFailedOrder")
class ReplanFailedOrderDelegate implements JavaDelegate {

  private final DeliveryNotifications notifications;

  ReplanFailedOrderDelegate(DeliveryNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.failed(execution.getProcessBusinessKey());
  }
}
