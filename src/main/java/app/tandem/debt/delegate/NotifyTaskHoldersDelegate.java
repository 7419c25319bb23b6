package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.TASK_HOLDERS;

import app.tandem.debt.DebtNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells whoever held a task when the payment arrived that the invoice is settled and their task closed. */
@Component("notifyTaskHolders")
class NotifyTaskHoldersDelegate implements JavaDelegate {

  private final DebtNotifications notifications;

  NotifyTaskHoldersDelegate(DebtNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.settledToTaskHolders(execution.getProcessBusinessKey(), TASK_HOLDERS.optionalFrom(execution).orElse(""));
  }
}
