package app.tandem.debt.delegate;


import app.tandem.debt.DebtNotifications;
import app.tandem.debt.ReceivableService;
import app.tandem.debt.ReceivableStatus;
import app.tandem.debt.WriteOffStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the debt off and tells the manager and the heads of sales; a retry does not write it off twice. */
@Component("writeOffDebt")
class WriteOffDebtDelegate implements JavaDelegate {

  private final WriteOffStage writeOff;
  private final ReceivableService receivables;
  private final DebtNotifications notifications;

  WriteOffDebtDelegate(WriteOffStage writeOff, ReceivableService receivables,
      DebtNotifications notifications) {
    this.writeOff = writeOff;
    this.receivables = receivables;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String invoice = execution.getProcessBusinessKey();
    if (receivables.get(invoice).getStatus() != ReceivableStatus.WRITTEN_OFF) {
      writeOff.writeOff(invoice);
    }
    notifications.writtenOff(invoice);
  }
}
