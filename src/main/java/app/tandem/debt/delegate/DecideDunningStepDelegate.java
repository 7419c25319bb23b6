package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.DUNNING_ACTION;
import static app.tandem.debt.OverdueDebtEscalationProcess.DUNNING_DECISION_KEY;

import app.tandem.common.engine.Decisions;
import app.tandem.debt.DunningStage;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The next dunning step by the newest DMN table {@code dunning-policy}, on the invoice's facts as they
 * are now (days overdue, balance, the customer's broken promises, reminders sent, failed contacts);
 * the step is kept with the invoice, the gateway reads its action.
 */
@Component("decideDunningStep")
class DecideDunningStepDelegate implements JavaDelegate {

  private final DunningStage dunning;
  private final Decisions decisions;

  DecideDunningStepDelegate(DunningStage dunning, Decisions decisions) {
    this.dunning = dunning;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String invoice = execution.getProcessBusinessKey();
    var facts = dunning.dunningFacts(invoice);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("daysOverdue", facts.daysOverdue());
    inputs.put("balance", facts.balance().doubleValue());
    inputs.put("currency", facts.currency());
    inputs.put("remindersSent", facts.remindersSent());
    inputs.put("brokenPromises", facts.brokenPromises());
    inputs.put("failedContacts", facts.failedContacts());
    var step = decisions.single(DUNNING_DECISION_KEY, inputs);
    String action = (String) step.get("dunningAction");
    dunning.dunningDecided(invoice, action, ((Number) step.get("waitDays")).intValue(),
        (String) step.get("dunningReason"));
    DUNNING_ACTION.route(execution, action);
  }
}
