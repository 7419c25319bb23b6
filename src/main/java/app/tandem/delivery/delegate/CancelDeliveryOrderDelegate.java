package app.tandem.delivery.delegate;

import app.tandem.delivery.DeliveryNotifications;
import app.tandem.delivery.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the manager that the head of sales cancelled their order (it is already CANCELLED), and why. */
@Component("cancelDeliveryOrder")
class CancelDeliveryOrderDelegate implements JavaDelegate {

  private final OrderService orders;
  private final DeliveryNotifications notifications;

  CancelDeliveryOrderDelegate(OrderService orders, DeliveryNotifications notifications) {
    this.orders = orders;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    notifications.cancelled(number, orders.cancellationReason(number));
  }
}
