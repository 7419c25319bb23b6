package app.tandem.debt.form;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.DebtCaseForms;
import app.tandem.debt.WriteOffStage;
import org.springframework.stereotype.Component;

/** Finance approves the write-off or refuses it (with a reason, back to the head of sales). */
@Component
class ApproveWriteOffForm implements TaskFormHandler {

  private final WriteOffStage writeOff;
  private final DebtCaseForms forms;

  ApproveWriteOffForm(WriteOffStage writeOff, DebtCaseForms forms) {
    this.writeOff = writeOff;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return APPROVE_WRITE_OFF_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(task.caseNumber());
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    String decision = input.required(WRITE_OFF_DECISION_FIELD, "Approve or refuse the write-off");
    input.refuseIfProblems();
    writeOff.recordWriteOffApproval(task.caseNumber(), APPROVE.equals(decision), input.get(COMMENT), task.actor());
    return Outcome.route(WRITE_OFF_DECISION, decision);
  }
}
