package app.tandem.debt.delegate;

import static app.tandem.debt.ReceivablesAgeingReportProcess.REPORT_RECIPIENT;

import app.tandem.debt.DebtNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One recipient's ageing report (each in its own job: a failed mail is retried for that person only). */
@Component("sendAgeingReport")
class SendAgeingReportDelegate implements JavaDelegate {

  private final DebtNotifications notifications;

  SendAgeingReportDelegate(DebtNotifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.ageingReport(REPORT_RECIPIENT.from(execution));
  }
}
