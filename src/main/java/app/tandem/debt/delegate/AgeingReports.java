package app.tandem.debt.delegate;

import app.tandem.debt.DebtNotifications;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who gets the weekly ageing report, for the model's multi-instance: {@code ${ageingReports.recipients()}}. */
@Component("ageingReports")
public class AgeingReports {

  private final DebtNotifications notifications;

  AgeingReports(DebtNotifications notifications) {
    this.notifications = notifications;
  }

  public List<String> recipients() {
    return notifications.ageingReportRecipients();
  }
}
