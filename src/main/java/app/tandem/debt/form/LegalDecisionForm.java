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
import app.tandem.debt.LegalStage.LegalDecision;
import org.springframework.stereotype.Component;

/**
 * The lawyer's decision after the claim's answer period (file a lawsuit, return to the head of sales,
 * propose a write-off) and when closing the litigation (return or write-off): one handler per task.
 */
abstract class LegalDecisionForm implements TaskFormHandler {

  private final LegalStage legal;
  private final DebtCaseForms forms;

  LegalDecisionForm(LegalStage legal, DebtCaseForms forms) {
    this.legal = legal;
    this.forms = forms;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(task.caseNumber());
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    boolean closing = form() == CLOSE_LITIGATION_FORM;
    var decision = input.required(LEGAL_DECISION_FIELD, closing
        ? "Choose how the litigation ends: back to the head of sales or write-off"
        : "Choose: file a lawsuit, back to the head of sales or write-off");
    if (closing && decision == LegalDecision.FILE) {
      input.problem(LEGAL_DECISION_FIELD, "The lawsuit is already filed: choose how it ends");
    }
    input.refuseIfProblems();
    legal.legalDecision(task.caseNumber(), decision, input.get(LAWSUIT_CASE_NUMBER), input.get(COURT),
        input.get(COMMENT), task.actor());
    return Outcome.route(LEGAL_DECISION, decision.name());
  }

  @Component
  static class FileLawsuit extends LegalDecisionForm {
    FileLawsuit(LegalStage legal, DebtCaseForms forms) {
      super(legal, forms);
    }

    @Override
    public UserTaskForm form() {
      return FILE_LAWSUIT_FORM;
    }
  }

  @Component
  static class CloseLitigation extends LegalDecisionForm {
    CloseLitigation(LegalStage legal, DebtCaseForms forms) {
      super(legal, forms);
    }

    @Override
    public UserTaskForm form() {
      return CLOSE_LITIGATION_FORM;
    }
  }
}
