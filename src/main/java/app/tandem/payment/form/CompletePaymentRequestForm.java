package app.tandem.payment.form;

import static app.tandem.payment.PaymentApprovalProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.springframework.stereotype.Component;

/**
 * The manager completes the draft: everything typed is saved (what the form did not change stays), an
 * attached invoice goes to the request's documents; the check that follows lists what is still wrong.
 */
@Component
class CompletePaymentRequestForm implements TaskFormHandler {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;

  CompletePaymentRequestForm(PaymentRequestService requests, PaymentRequestForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return COMPLETE_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    var request = requests.get(task.caseNumber());
    return forms.view(request).putAll(forms.draft(request));
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    var request = requests.get(task.caseNumber());
    var fields = forms.fields(input, request);
    input.refuseIfProblems();
    requests.update(task.caseNumber(), fields);
    forms.attach(request, INVOICE_FILE.name(), input.get(INVOICE_FILE), PaymentRequestService.INVOICE, task.actor());
    return Outcome.none();
  }
}
