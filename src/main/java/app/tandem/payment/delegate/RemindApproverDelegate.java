package app.tandem.payment.delegate;

import app.tandem.payment.PaymentNotifications;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The group whose approval is awaited gets a reminder. Runs asynchronously, retried on mail failures. */
@Component("remindApprover")
class RemindApproverDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final PaymentNotifications notifications;

  RemindApproverDelegate(PaymentRequestService requests, PaymentNotifications notifications) {
    this.requests = requests;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    requests.get(number).pendingApprover().ifPresent(group -> notifications.reminderToApprovers(number, group));
  }
}
