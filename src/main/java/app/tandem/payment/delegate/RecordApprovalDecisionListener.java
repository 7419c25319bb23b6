package app.tandem.payment.delegate;

import app.tandem.common.process.Actor;
import static app.tandem.payment.PaymentApprovalProcess.APPROVAL_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.APPROVER_GROUP;
import static app.tandem.payment.PaymentApprovalProcess.APPROVE_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.COMMENT;
import static app.tandem.payment.PaymentApprovalProcess.REJECT_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;
import static app.tandem.payment.PaymentApprovalProcess.RETURN_DECISION;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An approver's decision, recorded when they complete the task. A missing comment or a decision
 * on one's own request fails the completion with the reason; the form keeps what was entered.
 */
@Component("recordApprovalDecision")
class RecordApprovalDecisionListener implements TaskListener {

  private final PaymentRequestService requests;

  RecordApprovalDecisionListener(PaymentRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = REQUEST_NUMBER.from(task);
    String actor = Actor.of(task);
    String comment = COMMENT.optionalFrom(task).orElse(null);
    String decision = APPROVAL_DECISION.optionalFrom(task).orElse("");
    switch (decision) {
      case APPROVE_DECISION -> requests.approve(number, APPROVER_GROUP.from(task), actor, comment);
      case REJECT_DECISION -> requests.reject(number, actor, comment);
      case RETURN_DECISION -> requests.returnForRevision(number, actor, comment);
      default -> throw InvalidRequestException.of(APPROVAL_DECISION.name(), "Choose approve, reject or return");
    }
    // the decision and comment belong to this task: the next approver starts with a clean form
    task.getExecution().getProcessInstance().setVariable(APPROVAL_DECISION.name(), decision);
    task.getExecution().getProcessInstance().removeVariable(COMMENT.name());
  }
}
