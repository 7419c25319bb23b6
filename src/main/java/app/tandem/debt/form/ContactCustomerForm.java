package app.tandem.debt.form;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.debt.ContactStage;
import app.tandem.debt.DebtCaseForms;
import org.springframework.stereotype.Component;

/**
 * The manager's contact with the customer: a promise (date not in the past, amount up to the balance), a
 * dispute (with the reason) or no answer.
 */
@Component
class ContactCustomerForm implements TaskFormHandler {

  private final ContactStage contact;
  private final DebtCaseForms forms;

  ContactCustomerForm(ContactStage contact, DebtCaseForms forms) {
    this.contact = contact;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return CONTACT_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(task.caseNumber());
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    var outcome = input.required(CONTACT_OUTCOME_FIELD,
        "Choose the outcome: promised to pay, disputes the invoice or could not reach");
    input.refuseIfProblems();
    String invoice = task.caseNumber();
    switch (outcome) {
      case PROMISED -> contact.recordPromise(invoice, input.get(PROMISED_DATE), input.get(PROMISED_AMOUNT),
          task.actor(), input.get(COMMENT));
      case DISPUTED -> contact.recordDispute(invoice, input.get(DISPUTE_REASON), task.actor());
      case UNREACHABLE -> contact.recordUnreachable(invoice, task.actor(), input.get(COMMENT));
    }
    return Outcome.route(CONTACT_OUTCOME, outcome.name());
  }
}
