package app.tandem.debt.form;

import static app.tandem.debt.HardCasesReviewProcess.REVIEW_COMMENT;
import static app.tandem.debt.HardCasesReviewProcess.REVIEW_FORM;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.time.Dates;
import app.tandem.debt.DebtCases;
import app.tandem.debt.Receivable;
import app.tandem.debt.ReceivableService;
import app.tandem.identity.Staff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The month-end review of hard cases: the table of every escalated, broken-promise, legal and
 * restructured case still open, and the head of sales' conclusions, kept in the review's history
 * and in each case's.
 */
@Component
class ReviewHardCasesForm implements TaskFormHandler {

  static final String REVIEW_CASE_TYPE = "DEBT_REVIEW";

  private final DebtCases cases;
  private final WorkingDayCalendar calendar;
  private final Staff staff;
  private final CaseHistory history;

  ReviewHardCasesForm(DebtCases cases, WorkingDayCalendar calendar, Staff staff, CaseHistory history) {
    this.cases = cases;
    this.calendar = calendar;
    this.staff = staff;
    this.history = history;
  }

  @Override
  public UserTaskForm form() {
    return REVIEW_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return FormView.create().put("reviewMonth", task.caseNumber()).rows("hardCases", rows(cases.hardCases()));
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    String comment = input.required(REVIEW_COMMENT, "Write what you concluded and who does what next");
    input.refuseIfProblems();
    history.record(REVIEW_CASE_TYPE, task.caseNumber(), task.actor(), "HARD_CASES_REVIEWED", null, comment);
    for (Receivable receivable : cases.hardCases()) {
      history.record(ReceivableService.CASE_TYPE, receivable.getInvoiceNumber(), task.actor(), "REVIEWED_AT_MONTH_END",
          null, comment);
    }
    return Outcome.none();
  }

  private List<Map<String, Object>> rows(List<Receivable> cases) {
    var managers = staff.of(cases.stream().map(Receivable::getManagerId).toList());
    return cases.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("invoice", r.getInvoiceNumber());
      row.put("customer", r.getCustomerName());
      row.put("manager", managers.displayName(r.getManagerId()));
      row.put("balance", r.balanceMoney().display());
      row.put("due", r.getDueDate().format(Dates.DATE));
      row.put("daysOverdue", r.daysOverdue(calendar.today()));
      row.put("status", r.getStatus().label());
      return row;
    }).toList();
  }
}
