package app.tandem.payment.delegate;


import app.tandem.payment.PaymentNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The contractor receives the payment notice. Runs asynchronously: a mail server failure is retried, never lost. */
@Component("notifyContractorOfPayment")
class NotifyContractorOfPaymentDelegate implements JavaDelegate {

  private final PaymentNotifications notifications;

  NotifyContractorOfPaymentDelegate(PaymentNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.paidToContractor(execution.getProcessBusinessKey());
  }
}
