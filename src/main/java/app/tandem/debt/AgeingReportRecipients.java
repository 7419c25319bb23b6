package app.tandem.debt;

import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who gets the weekly ageing report — the heads of sales and each manager with open invoices —, for
 * the model's multi-instance: {@code camunda:collection="${ageingReports.recipients()}"}.
 */
@Component("ageingReports")
public class AgeingReportRecipients {

  private final AgeingReport ageing;
  private final Staff staff;

  AgeingReportRecipients(AgeingReport ageing, Staff staff) {
    this.ageing = ageing;
    this.staff = staff;
  }

  public List<String> recipients() {
    Set<String> recipients = new LinkedHashSet<>();
    staff.membersOf(TandemGroup.SALES_HEADS).forEach(u -> recipients.add(u.getId()));
    ageing.of(null).managers().forEach(m -> recipients.add(m.managerId()));
    return List.copyOf(recipients);
  }
}
