package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.APPROVE;
import static app.tandem.payment.PaymentApprovalProcess.APPROVER_GROUPS;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.payment.PaymentNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The group whose approval is awaited gets a reminder. Runs asynchronously, retried on mail failures. */
@Component("remindApprover")
class RemindApproverDelegate implements JavaDelegate {

  private final PaymentNotifications notifications;

  RemindApproverDelegate(PaymentNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = REQUEST_NUMBER.from(execution);
    var pending = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(APPROVE).list();
    var groups = pending.isEmpty() ? APPROVER_GROUPS.from(execution).subList(0, 1)
        : pending.stream().flatMap(task -> execution.getProcessEngineServices().getTaskService()
            .getIdentityLinksForTask(task.getId()).stream())
            .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).distinct().toList();
    groups.forEach(group -> notifications.reminderToApprovers(number, group));
  }
}
