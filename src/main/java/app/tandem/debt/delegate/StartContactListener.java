package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.INVOICE_NUMBER;
import static app.tandem.debt.OverdueDebtEscalationProcess.STATUS;

import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.ReceivableStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The manager now owns the contact: the invoice is {@code CONTACTING}. */
@Component("startContact")
class StartContactListener implements TaskListener {

  private final DebtCollectionService collection;

  StartContactListener(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void notify(DelegateTask task) {
    collection.contactStarted(INVOICE_NUMBER.from(task), task.getAssignee());
    STATUS.set(task.getExecution(), ReceivableStatus.CONTACTING.name());
  }
}
