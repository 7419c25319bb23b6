package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.INVOICE_NUMBER;

import app.tandem.debt.DebtCaseForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the escalation (after the scan's transaction): the invoice's facts into the instance for Cockpit and Tasklist. */
@Component("openEscalation")
class OpenEscalationDelegate implements JavaDelegate {

  private final DebtCaseForms forms;

  OpenEscalationDelegate(DebtCaseForms forms) {
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    forms.show(INVOICE_NUMBER.from(execution), execution);
  }
}
