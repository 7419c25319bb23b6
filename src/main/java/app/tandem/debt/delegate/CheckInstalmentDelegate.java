package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.INSTALMENT_PAID;

import app.tandem.debt.RestructuringStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After an instalment's date and grace days: paid so far, or missed (back to the head of sales). */
@Component("checkInstalment")
class CheckInstalmentDelegate implements JavaDelegate {

  private final RestructuringStage restructuring;

  CheckInstalmentDelegate(RestructuringStage restructuring) {
    this.restructuring = restructuring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    INSTALMENT_PAID.route(execution, restructuring.checkInstalments(execution.getProcessBusinessKey()));
  }
}
