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

/**
 * The approver's decision, for the group whose turn it is: approve (the next group in the rules' order
 * approves next, or the request is approved for payment), reject or return — with a reason for
 * either of those. Nobody decides on their own request.
 */
@Component
class ApprovePaymentRequestForm implements TaskFormHandler {

  private final PaymentRequestService requests;
  private final PaymentApprovals approvals;
  private final PaymentRequestForms forms;

  ApprovePaymentRequestForm(PaymentRequestService requests, PaymentApprovals approvals, PaymentRequestForms forms) {
    this.requests = requests;
    this.approvals = approvals;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return APPROVE_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(requests.get(task.caseNumber())).put(APPROVAL_DECISION, null).put(COMMENT, "");
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    String decision = input.required(APPROVAL_DECISION, "Choose approve, reject or return");
    String comment = input.get(COMMENT);
    input.refuseIfProblems();
    String number = task.caseNumber();
    return switch (decision) {
      case APPROVE_DECISION -> approvals.approve(number, task.actor(), comment)
          .map(next -> Outcome.route(APPROVAL_OUTCOME, NEXT_APPROVAL).keep(APPROVER_GROUP, next))
          .orElseGet(() -> Outcome.route(APPROVAL_OUTCOME, APPROVED));
      case REJECT_DECISION -> {
        approvals.reject(number, task.actor(), comment);
        yield Outcome.route(APPROVAL_OUTCOME, REJECTED);
      }
      default -> {
        approvals.returnForRevision(number, task.actor(), comment);
        yield Outcome.route(APPROVAL_OUTCOME, RETURNED);
      }
    };
  }
}
