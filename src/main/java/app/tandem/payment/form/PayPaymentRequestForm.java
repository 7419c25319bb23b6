package app.tandem.payment.form;

import static app.tandem.payment.PaymentApprovalProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.payment.PaymentApprovals;
import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.springframework.stereotype.Component;

/** Accounting pays (payment order number, date and file) or returns the request to the manager with a reason. */
@Component
class PayPaymentRequestForm implements TaskFormHandler {

  private final PaymentRequestService requests;
  private final PaymentApprovals approvals;
  private final PaymentRequestForms forms;

  PayPaymentRequestForm(PaymentRequestService requests, PaymentApprovals approvals, PaymentRequestForms forms) {
    this.requests = requests;
    this.approvals = approvals;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return PAY_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(requests.get(task.caseNumber())).put(PAYMENT_DECISION, null).put(PAYMENT_ORDER_NUMBER, "")
        .put(PAYMENT_ORDER_DATE, null).put(COMMENT, "");
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    String decision = input.required(PAYMENT_DECISION, "Choose pay or return for revision");
    input.refuseIfProblems();
    String number = task.caseNumber();
    if (PAY_DECISION.equals(decision)) {
      forms.attach(requests.get(number), PAYMENT_ORDER_FILE.name(), input.get(PAYMENT_ORDER_FILE),
          PaymentRequestService.PAYMENT_ORDER, task.actor());
      approvals.pay(number, task.actor(), input.get(PAYMENT_ORDER_NUMBER), input.get(PAYMENT_ORDER_DATE));
      return Outcome.route(PAYMENT_OUTCOME, PAID);
    }
    approvals.returnForRevision(number, task.actor(), input.get(COMMENT));
    return Outcome.route(PAYMENT_OUTCOME, RETURNED);
  }
}
