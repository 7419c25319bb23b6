package app.tandem.payment.delegate;


import app.tandem.payment.PaymentNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The initiator learns their request was paid. Runs asynchronously: a mail server failure is retried, never lost. */
@Component("notifyManagerOfPayment")
class NotifyManagerOfPaymentDelegate implements JavaDelegate {

  private final PaymentNotifications notifications;

  NotifyManagerOfPaymentDelegate(PaymentNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.paidToManager(execution.getProcessBusinessKey());
  }
}
