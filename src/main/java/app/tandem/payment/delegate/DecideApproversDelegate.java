package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.APPROVERS_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.APPROVER_GROUP;

import app.tandem.common.engine.Decisions;
import app.tandem.payment.PaymentApprovals;
import app.tandem.payment.PaymentRequestService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Who approves, in which order: the newest DMN table {@code payment-approvers} on the request's amount,
 * currency and category. The order is kept with the request; the first group is asked now.
 */
@Component("decideApprovers")
class DecideApproversDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final PaymentApprovals approvals;
  private final Decisions decisions;

  DecideApproversDelegate(PaymentRequestService requests, PaymentApprovals approvals, Decisions decisions) {
    this.requests = requests;
    this.approvals = approvals;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    var fields = requests.get(number).fields();
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("amount", fields.amount().doubleValue());
    inputs.put("currency", fields.currency());
    inputs.put("category", fields.category().name());
    var groups = decisions.evaluate(APPROVERS_DECISION, inputs).stream()
        .map(result -> (String) result.get(APPROVER_GROUP.name())).distinct().toList();
    APPROVER_GROUP.set(execution, approvals.planApprovals(number, groups));
  }
}
