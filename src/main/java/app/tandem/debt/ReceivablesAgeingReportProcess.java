package app.tandem.debt;

import app.tandem.common.process.ProcessVariable;

/** {@code receivables-ageing-report}: once a week the {@link AgeingReport} to each head of sales and manager. */
public final class ReceivablesAgeingReportProcess {

  public static final String KEY = "receivables-ageing-report";

  public static final String WEEKLY_REPORT = "Timer_WeeklyReport";
  public static final String SEND_REPORT = "Task_SendAgeingReport";
  public static final String END_REPORTED = "Event_AgeingReportsSent";

  /** The multi-instance's element: one recipient's user id ({@link AgeingReportRecipients}). */
  public static final ProcessVariable<String> REPORT_RECIPIENT = ProcessVariable.of("reportRecipient", String.class);

  private ReceivablesAgeingReportProcess() {
  }
}
