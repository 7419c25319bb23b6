package app.tandem.payment.delegate;


import app.tandem.payment.PaymentNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The finance director hears of a request waiting three working days. Runs asynchronously: a mail server failure is retried, never lost. */
@Component("escalateApproval")
class EscalateApprovalDelegate implements JavaDelegate {

  private final PaymentNotifications notifications;

  EscalateApprovalDelegate(PaymentNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.escalationToFinance(execution.getProcessBusinessKey());
  }
}
