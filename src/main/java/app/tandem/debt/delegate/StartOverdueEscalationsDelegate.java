package app.tandem.debt.delegate;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.debt.DunningStage;
import app.tandem.debt.OverdueDebtEscalationStarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The daily scan: every invoice that became overdue gets one escalation. The invoice's status
 * changes in the same transaction, so a re-run (or a second node) finds nothing to start twice.
 */
@Component("startOverdueEscalations")
class StartOverdueEscalationsDelegate implements JavaDelegate {

  private final DunningStage dunning;
  private final OverdueDebtEscalationStarter escalations;
  private final WorkingDayCalendar calendar;

  StartOverdueEscalationsDelegate(DunningStage dunning, OverdueDebtEscalationStarter escalations,
      WorkingDayCalendar calendar) {
    this.dunning = dunning;
    this.escalations = escalations;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dunning.markNewlyOverdue(calendar.today()).forEach(escalations::start);
  }
}
