package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.debt.DebtCollectionService;
import java.util.Date;
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
    var check = collection.checkInstalments(INVOICE_NUMBER.from(execution));
    INSTALMENT_PAID.set(execution, check.paid());
    if (check.nextCheck() != null) {
      INSTALMENT_CHECK.set(execution, Date.from(check.nextCheck()));
    }
  }
}
