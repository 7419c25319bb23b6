package app.tandem.debt.delegate;

import app.tandem.common.calendar.WorkingDayCalendar;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The month-end review's case is its month: the business key, e.g. {@code 2026-11}. */
@Component("openHardCasesReview")
class OpenHardCasesReviewListener implements ExecutionListener {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

  private final WorkingDayCalendar calendar;

  OpenHardCasesReviewListener(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setProcessBusinessKey(calendar.today().format(MONTH));
  }
}
