package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.debt.DebtCollectionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The facts the dunning policy decides on, fresh from the invoice and the customer's history. */
@Component("assessOverdueDebt")
class AssessOverdueDebtDelegate implements JavaDelegate {

  private final DebtCollectionService collection;

  AssessOverdueDebtDelegate(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var facts = collection.dunningFacts(INVOICE_NUMBER.from(execution));
    DAYS_OVERDUE.set(execution, facts.daysOverdue());
    BALANCE.set(execution, facts.balance().doubleValue());
    CURRENCY.set(execution, facts.currency());
    REMINDERS_SENT.set(execution, facts.remindersSent());
    BROKEN_PROMISES.set(execution, facts.brokenPromises());
    FAILED_CONTACTS.set(execution, facts.failedContacts());
  }
}
