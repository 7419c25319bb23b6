package app.tandem.debt.form;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.DebtCaseForms;
import app.tandem.debt.HeadOfSalesStage;
import org.springframework.stereotype.Component;

/**
 * The head of sales' decision on an escalated debt — a new deadline for the manager, restructuring,
 * legal action or a write-off proposal — and, with it, the customer's credit hold set or lifted.
 */
@Component
class DecideOnDebtForm implements TaskFormHandler {

  private final HeadOfSalesStage headOfSales;
  private final DebtCaseForms forms;

  DecideOnDebtForm(HeadOfSalesStage headOfSales, DebtCaseForms forms) {
    this.headOfSales = headOfSales;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return DECIDE_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    var view = forms.view(task.caseNumber());
    return view.put(CREDIT_HOLD, view.value("onCreditHold"));
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    var decision = input.required(DEBT_DECISION_FIELD,
        "Choose what happens next: a new deadline, restructuring, legal action or write-off");
    input.refuseIfProblems();
    String invoice = task.caseNumber();
    String comment = input.get(COMMENT);
    headOfSales.decide(invoice, decision, input.get(NEW_DEADLINE), comment, task.actor());
    Boolean hold = input.get(CREDIT_HOLD);
    if (hold != null) {
      headOfSales.holdCredit(invoice, hold, comment, task.actor());
    }
    return Outcome.route(DEBT_DECISION, decision.name());
  }
}
