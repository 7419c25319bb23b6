package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.REMINDER_1;

import app.tandem.debt.DebtNotifications;
import app.tandem.debt.ReceivableService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The polite (level 1) or firm (level 2) reminder to the customer, with their overdue invoices attached. */
@Component("sendPaymentReminder")
class SendPaymentReminderDelegate implements JavaDelegate {

  private final ReceivableService receivables;
  private final DebtNotifications notifications;

  SendPaymentReminderDelegate(ReceivableService receivables, DebtNotifications notifications) {
    this.receivables = receivables;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String invoice = execution.getProcessBusinessKey();
    int level = REMINDER_1.equals(receivables.get(invoice).getDunningAction()) ? 1 : 2;
    notifications.reminder(invoice, level);
  }
}
