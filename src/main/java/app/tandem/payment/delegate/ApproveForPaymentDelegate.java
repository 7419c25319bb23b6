package app.tandem.payment.delegate;

import app.tandem.payment.PaymentApprovals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every approver agreed: Approved for payment, requisites remembered for the contractor. */
@Component("approveForPayment")
class ApproveForPaymentDelegate implements JavaDelegate {

  private final PaymentApprovals approvals;

  ApproveForPaymentDelegate(PaymentApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approvals.approvedForPayment(execution.getProcessBusinessKey());
  }
}
