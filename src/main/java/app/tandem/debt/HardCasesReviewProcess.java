package app.tandem.debt;

import app.tandem.common.form.FormField;
import app.tandem.common.form.UserTaskForm;

/**
 * {@code hard-cases-review}: at month end the head of sales reviews every escalated, broken-promise,
 * legal and restructured case ({@link DebtCases#hardCases()}); the business key is the month.
 */
public final class HardCasesReviewProcess {

  public static final String KEY = "hard-cases-review";

  public static final String MONTH_END = "Timer_MonthEnd";
  public static final String REVIEW = "Task_ReviewHardCases";
  public static final String END_REVIEWED = "Event_HardCasesReviewed";

  /** The head of sales' conclusions, kept in each reviewed case's history. */
  public static final FormField<String> REVIEW_COMMENT = FormField.multilineText("reviewComment", "Conclusions")
      .storedIn("case_event", "comment");
  public static final UserTaskForm REVIEW_FORM = UserTaskForm.of(KEY, REVIEW, REVIEW_COMMENT);

  private HardCasesReviewProcess() {
  }
}
