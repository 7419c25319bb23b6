package app.tandem.debt;

import app.tandem.common.form.FormField;
import app.tandem.common.form.UserTaskForm;
import app.tandem.common.process.ProcessVariable;

/**
 * The three small timer-started processes of credit control: {@code overdue-debt-scan} (daily, starts
 * escalations), {@code receivables-ageing-report} (weekly) and {@code hard-cases-review} (month end),
 * each in its own file in bpmn/ (the engine allows one timer start event per process).
 */
public final class DebtMonitoringProcesses {

  public static final String SCAN_KEY = "overdue-debt-scan";
  public static final String REPORT_KEY = "receivables-ageing-report";
  public static final String REVIEW_KEY = "hard-cases-review";

  public static final String DAILY_SCAN = "Timer_DailyScan";
  public static final String WORKING_DAY = "Gateway_WorkingDay";
  public static final String START_ESCALATIONS = "Task_StartEscalations";
  public static final String END_SCANNED = "Event_ScanDone";
  public static final String END_NO_SCAN = "Event_NoScanToday";
  public static final String WEEKLY_REPORT = "Timer_WeeklyReport";
  public static final String SEND_REPORT = "Task_SendAgeingReport";
  public static final String END_REPORTED = "Event_AgeingReportsSent";
  public static final String MONTH_END = "Timer_MonthEnd";
  public static final String REVIEW = "Task_ReviewHardCases";
  public static final String END_REVIEWED = "Event_HardCasesReviewed";

  public static final ProcessVariable<String> REPORT_RECIPIENT = ProcessVariable.of("reportRecipient", String.class);

  /** The head of sales' conclusions, kept in each reviewed case's history. */
  public static final FormField<String> REVIEW_COMMENT = FormField.multilineText("reviewComment", "Conclusions")
      .storedIn("case_event", "comment");
  public static final UserTaskForm REVIEW_FORM = UserTaskForm.of(REVIEW_KEY, REVIEW, REVIEW_COMMENT);

  private DebtMonitoringProcesses() {
  }
}
