package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.INSTALMENT_PAID;

import app.tandem.debt.DebtCollectionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After an instalment's date and grace days: paid so far, or missed (back to the head of sales). */
@Component("checkInstalment")
class CheckInstalmentDelegate implements JavaDelegate {

  private final DebtCollectionService collection;

  CheckInstalmentDelegate(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    INSTALMENT_PAID.route(execution, collection.checkInstalments(execution.getProcessBusinessKey()).paid());
  }
}
