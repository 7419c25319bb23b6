package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.debt.DebtCollectionService;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Turns the dunning policy's single result into the plain variables the gateway and timers read,
 * and gives the manager a deadline when the next step is a call.
 */
@Component("takeDunningDecision")
class TakeDunningDecisionListener implements ExecutionListener {

  static final String RESULT = "dunningDecision";

  private final DebtCollectionService collection;

  TakeDunningDecisionListener(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(RESULT);
    execution.removeVariable(RESULT);
    if (result == null) {
      throw new IllegalStateException("The dunning policy gave no result for invoice " + INVOICE_NUMBER.from(execution));
    }
    String action = (String) result.get(DUNNING_ACTION.name());
    DUNNING_ACTION.set(execution, action);
    WAIT_DAYS.set(execution, ((Number) result.get(WAIT_DAYS.name())).intValue());
    DUNNING_REASON.set(execution, (String) result.get(DUNNING_REASON.name()));
    if (CALL.equals(action)) {
      CONTACT_DUE.set(execution, Date.from(collection.contactDeadline()));
    }
  }
}
