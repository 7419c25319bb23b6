package app.tandem.debt.delegate;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.DebtEscalations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The daily scan: every invoice that became overdue gets one escalation. The invoice's status
 * changes in the same transaction, so a re-run (or a second node) finds nothing to start twice.
 */
@Component("startOverdueEscalations")
class StartOverdueEscalationsDelegate implements JavaDelegate {

  private final DebtCollectionService collection;
  private final DebtEscalations escalations;
  private final WorkingDayCalendar calendar;

  StartOverdueEscalationsDelegate(DebtCollectionService collection, DebtEscalations escalations,
      WorkingDayCalendar calendar) {
    this.collection = collection;
    this.escalations = escalations;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    collection.markNewlyOverdue(calendar.today()).forEach(escalations::start);
  }
}
