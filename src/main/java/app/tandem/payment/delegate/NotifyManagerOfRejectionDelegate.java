package app.tandem.payment.delegate;


import app.tandem.payment.PaymentNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The initiator learns their request was rejected, and why. Runs asynchronously: a mail server failure is retried, never lost. */
@Component("notifyManagerOfRejection")
class NotifyManagerOfRejectionDelegate implements JavaDelegate {

  private final PaymentNotifications notifications;

  NotifyManagerOfRejectionDelegate(PaymentNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.rejectedToManager(execution.getProcessBusinessKey());
  }
}
