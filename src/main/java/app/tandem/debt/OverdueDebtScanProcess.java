package app.tandem.debt;

/**
 * {@code overdue-debt-scan}: every working day it marks the invoices that became overdue and starts
 * an {@link OverdueDebtEscalationProcess escalation} for each (a timer start event per process, so a
 * process of its own).
 */
public final class OverdueDebtScanProcess {

  public static final String KEY = "overdue-debt-scan";

  public static final String DAILY_SCAN = "Timer_DailyScan";
  public static final String WORKING_DAY = "Gateway_WorkingDay";
  public static final String START_ESCALATIONS = "Task_StartEscalations";
  public static final String END_SCANNED = "Event_ScanDone";
  public static final String END_NO_SCAN = "Event_NoScanToday";

  private OverdueDebtScanProcess() {
  }
}
