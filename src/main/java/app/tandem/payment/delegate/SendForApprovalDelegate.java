package app.tandem.payment.delegate;

import app.tandem.payment.PaymentApprovals;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Draft → Sent for approval, in the initiator's name. */
@Component("sendForApproval")
class SendForApprovalDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final PaymentApprovals approvals;

  SendForApprovalDelegate(PaymentRequestService requests, PaymentApprovals approvals) {
    this.requests = requests;
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    approvals.submit(number, requests.get(number).getInitiator());
  }
}
