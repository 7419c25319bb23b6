package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.INVOICE_NUMBER;

import app.tandem.debt.DebtCaseForms;
import app.tandem.identity.CaseAccess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills a new task's form with the invoice as it stands now; its holders may read the instance for Tasklist's columns. */
@Component("showDebtCase")
class ShowDebtCaseListener implements TaskListener {

  private final DebtCaseForms forms;
  private final CaseAccess access;

  ShowDebtCaseListener(DebtCaseForms forms, CaseAccess access) {
    this.forms = forms;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    forms.show(INVOICE_NUMBER.from(task), task.getExecution());
    access.grantInstanceReadFor(task);
  }
}
