package app.tandem.debt.delegate;

import static app.tandem.debt.DebtMonitoringProcesses.HARD_CASES;
import static app.tandem.debt.DebtMonitoringProcesses.REVIEW_MONTH;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.Receivable;
import app.tandem.identity.CaseAccess;
import app.tandem.identity.Staff;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/** The month-end list of hard cases, as the table on the review form shows it. */
@Component("prepareHardCasesReview")
class PrepareHardCasesReviewListener implements TaskListener {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final DebtCollectionService collection;
  private final WorkingDayCalendar calendar;
  private final Staff staff;
  private final CaseAccess access;

  PrepareHardCasesReviewListener(DebtCollectionService collection, WorkingDayCalendar calendar, Staff staff,
      CaseAccess access) {
    this.collection = collection;
    this.calendar = calendar;
    this.staff = staff;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Receivable r : collection.hardCases()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("invoice", r.getInvoiceNumber());
      row.put("customer", r.getCustomerName());
      row.put("manager", staff.displayName(r.getManagerId()));
      row.put("balance", r.balanceMoney().display());
      row.put("due", r.getDueDate().format(DATE));
      row.put("daysOverdue", r.daysOverdue(calendar.today()));
      row.put("status", r.getStatus().name());
      rows.add(row);
    }
    HARD_CASES.set(task.getExecution(), Spin.JSON(rows));
    REVIEW_MONTH.set(task.getExecution(), calendar.today().format(DateTimeFormatter.ofPattern("uuuu-MM")));
    access.grantInstanceReadFor(task);
  }
}
