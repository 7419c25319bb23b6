package app.tandem.delivery.delegate;


import app.tandem.delivery.DeliveryNotifications;
import app.tandem.delivery.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Flags an order late on the day after its requested date and tells the heads of sales (once). */
@Component("reportLateOrder")
class ReportLateOrderDelegate implements JavaDelegate {

  private final OrderService orders;
  private final DeliveryNotifications notifications;

  ReportLateOrderDelegate(OrderService orders, DeliveryNotifications notifications) {
    this.orders = orders;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (orders.markLate(execution.getProcessBusinessKey())) {
      notifications.late(execution.getProcessBusinessKey());
    }
  }
}
