package app.tandem.debt.form;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.DebtCaseForms;
import app.tandem.debt.DebtCollectionService;
import org.springframework.stereotype.Component;

import app.tandem.debt.DebtCollectionService.LegalDecision;

/**
 * The lawyer's decision after the claim's answer period (file a lawsuit, return to the head of sales,
 * propose a write-off) and when closing the litigation (return or write-off): one handler per task.
 */
abstract class LegalDecisionForm implements TaskFormHandler {

  private final DebtCollectionService collection;
  private final DebtCaseForms forms;

  LegalDecisionForm(DebtCollectionService collection, DebtCaseForms forms) {
    this.collection = collection;
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
    collection.legalDecision(task.caseNumber(), decision, input.get(LAWSUIT_CASE_NUMBER), input.get(COURT),
        input.get(COMMENT), task.actor());
    return Outcome.route(LEGAL_DECISION, decision.name());
  }

  @Component
  static class FileLawsuit extends LegalDecisionForm {
    FileLawsuit(DebtCollectionService collection, DebtCaseForms forms) {
      super(collection, forms);
    }

    @Override
    public UserTaskForm form() {
      return FILE_LAWSUIT_FORM;
    }
  }

  @Component
  static class CloseLitigation extends LegalDecisionForm {
    CloseLitigation(DebtCollectionService collection, DebtCaseForms forms) {
      super(collection, forms);
    }

    @Override
    public UserTaskForm form() {
      return CLOSE_LITIGATION_FORM;
    }
  }
}
