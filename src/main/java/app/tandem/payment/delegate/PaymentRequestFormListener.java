package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.APPROVAL_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.COMMENT;
import static app.tandem.payment.PaymentApprovalProcess.PAY;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.identity.CaseAccess;
import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a task of the request is created, its form shows the request as stored with its history,
 * starts without an earlier decision or comment, its people may read the instance (Tasklist's
 * columns), and the payment task is the more urgent the nearer its pay-by date.
 */
@Component("showPaymentRequest")
class PaymentRequestFormListener implements TaskListener {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;
  private final WorkingDayCalendar calendar;
  private final CaseAccess access;

  PaymentRequestFormListener(PaymentRequestService requests, PaymentRequestForms forms, WorkingDayCalendar calendar,
      CaseAccess access) {
    this.requests = requests;
    this.forms = forms;
    this.calendar = calendar;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    var request = requests.get(REQUEST_NUMBER.from(task));
    var instance = task.getExecution().getProcessInstance();
    forms.show(request, instance);
    instance.removeVariable(APPROVAL_DECISION.name());
    instance.removeVariable(PAYMENT_DECISION.name());
    instance.removeVariable(COMMENT.name());
    access.grantInstanceReadFor(task);
    if (PAY.equals(task.getTaskDefinitionKey())) {
      task.setPriority(paymentPriority(calendar.workingDaysBetween(calendar.today(), request.fields().payBy())));
    }
  }

  /** 100 when due today or late, then 10 less per working day left, never below 50. */
  static int paymentPriority(int workingDaysLeft) {
    return Math.max(50, 100 - 10 * Math.max(0, workingDaysLeft));
  }
}
