package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.debt.DebtNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The polite (level 1) or firm (level 2) reminder to the customer, with their overdue invoices attached. */
@Component("sendPaymentReminder")
class SendPaymentReminderDelegate implements JavaDelegate {

  private final DebtNotifications notifications;

  SendPaymentReminderDelegate(DebtNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = REMINDER_1.equals(DUNNING_ACTION.from(execution)) ? 1 : 2;
    notifications.reminder(INVOICE_NUMBER.from(execution), level);
  }
}
