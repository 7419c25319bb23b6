package app.tandem.debt.form;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.DebtCaseForms;
import app.tandem.debt.LegalStage;
import org.springframework.stereotype.Component;

/** The pre-trial claim as sent: its date and the document, kept with the invoice; the statutory wait starts. */
@Component
class SendClaimForm implements TaskFormHandler {

  private final LegalStage legal;
  private final DebtCaseForms forms;

  SendClaimForm(LegalStage legal, DebtCaseForms forms) {
    this.legal = legal;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return SEND_CLAIM_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(task.caseNumber());
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    var sentOn = input.required(CLAIM_SENT_ON, "Enter the date the claim was sent");
    var file = input.required(CLAIM_FILE, "Attach the claim as sent (PDF or scan)");
    input.refuseIfProblems();
    legal.claimSent(task.caseNumber(), sentOn, task.actor());
    forms.attach(task.caseNumber(), CLAIM_FILE.name(), file, "claim", task.actor());
    return Outcome.none();
  }
}
