package app.tandem.debt.delegate;


import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.DebtNotifications;
import app.tandem.debt.ReceivableService;
import app.tandem.debt.ReceivableStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the debt off and tells the manager and the heads of sales; a retry does not write it off twice. */
@Component("writeOffDebt")
class WriteOffDebtDelegate implements JavaDelegate {

  private final DebtCollectionService collection;
  private final ReceivableService receivables;
  private final DebtNotifications notifications;

  WriteOffDebtDelegate(DebtCollectionService collection, ReceivableService receivables,
      DebtNotifications notifications) {
    this.collection = collection;
    this.receivables = receivables;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String invoice = execution.getProcessBusinessKey();
    if (receivables.get(invoice).getStatus() != ReceivableStatus.WRITTEN_OFF) {
      collection.writeOff(invoice);
    }
    notifications.writtenOff(invoice);
  }
}
