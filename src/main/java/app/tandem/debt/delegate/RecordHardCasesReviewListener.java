package app.tandem.debt.delegate;

import static app.tandem.debt.DebtMonitoringProcesses.HARD_CASES;
import static app.tandem.debt.DebtMonitoringProcesses.REVIEW_COMMENT;
import static app.tandem.debt.DebtMonitoringProcesses.REVIEW_MONTH;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.process.Actor;
import app.tandem.debt.ReceivableService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** The head of sales' review comment, kept in the review's history and in each reviewed case's. */
@Component("recordHardCasesReview")
class RecordHardCasesReviewListener implements TaskListener {

  static final String REVIEW_CASE_TYPE = "DEBT_REVIEW";

  private final CaseHistory history;

  RecordHardCasesReviewListener(CaseHistory history) {
    this.history = history;
  }

  @Override
  public void notify(DelegateTask task) {
    String comment = REVIEW_COMMENT.optionalFrom(task).orElse("");
    if (comment.isBlank()) {
      throw InvalidRequestException.of(REVIEW_COMMENT.name(), "Write what you concluded and who does what next");
    }
    String actor = Actor.of(task);
    String month = REVIEW_MONTH.from(task);
    history.record(REVIEW_CASE_TYPE, month, actor, "HARD_CASES_REVIEWED", null, comment.trim());
    if (task.getVariable(HARD_CASES.name()) instanceof SpinJsonNode cases) {
      for (SpinJsonNode row : cases.elements()) {
        history.record(ReceivableService.CASE_TYPE, row.prop("invoice").stringValue(), actor, "REVIEWED_AT_MONTH_END",
            null, comment.trim());
      }
    }
  }
}
