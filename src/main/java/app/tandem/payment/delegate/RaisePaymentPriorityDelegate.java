package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.PAY;

import app.tandem.payment.PaymentDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every morning the payment task's priority follows its pay-by date, so Tasklist sorts it up as it nears. */
@Component("raisePaymentPriority")
class RaisePaymentPriorityDelegate implements JavaDelegate {

  private final PaymentDeadlines deadlines;

  RaisePaymentPriorityDelegate(PaymentDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int priority = deadlines.payPriority(execution.getProcessBusinessKey());
    var tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(PAY).list()
        .forEach(task -> tasks.setPriority(task.getId(), priority));
  }
}
