package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.ESCALATION_REASON;
import static app.tandem.debt.OverdueDebtEscalationProcess.ESCALATION_REASONS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On each flow into the escalation: why the invoice is escalated, by the flow taken (for the next step only). */
@Component("escalationReason")
class EscalationReasonListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String reason = ESCALATION_REASONS.get(execution.getCurrentTransitionId());
    if (reason == null) {
      throw new IllegalStateException("Flow " + execution.getCurrentTransitionId() + " has no escalation reason");
    }
    ESCALATION_REASON.route(execution, reason);
  }
}
