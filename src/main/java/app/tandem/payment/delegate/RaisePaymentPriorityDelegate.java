package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.PAY;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every morning the payment task's priority follows its pay-by date, so Tasklist sorts it up as it nears. */
@Component("raisePaymentPriority")
class RaisePaymentPriorityDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final WorkingDayCalendar calendar;

  RaisePaymentPriorityDelegate(PaymentRequestService requests, WorkingDayCalendar calendar) {
    this.requests = requests;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var payBy = requests.get(REQUEST_NUMBER.from(execution)).fields().payBy();
    int priority = PaymentRequestFormListener.paymentPriority(calendar.workingDaysBetween(calendar.today(), payBy));
    var tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(PAY).list()
        .forEach(task -> tasks.setPriority(task.getId(), priority));
  }
}
