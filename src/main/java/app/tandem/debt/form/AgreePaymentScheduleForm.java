package app.tandem.debt.form;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormRow;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.DebtCaseForms;
import app.tandem.debt.RestructuringStage;
import app.tandem.debt.RestructuringStage.InstalmentData;
import java.util.List;
import org.springframework.stereotype.Component;

/** Finance and the manager agree the instalments with the customer: dates ascending, amounts summing to the balance. */
@Component
class AgreePaymentScheduleForm implements TaskFormHandler {

  private final RestructuringStage restructuring;
  private final DebtCaseForms forms;

  AgreePaymentScheduleForm(RestructuringStage restructuring, DebtCaseForms forms) {
    this.restructuring = restructuring;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return AGREE_SCHEDULE_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(task.caseNumber());
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    List<FormRow> rows = input.get(INSTALMENTS);
    input.refuseIfProblems();
    var schedule = rows == null ? List.<InstalmentData>of() : rows.stream()
        .map(row -> new InstalmentData(row.get(INSTALMENT_DATE), row.get(INSTALMENT_AMOUNT))).toList();
    restructuring.agreeSchedule(task.caseNumber(), schedule, task.actor());
    return Outcome.none();
  }
}
