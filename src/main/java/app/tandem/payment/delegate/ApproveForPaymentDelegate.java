package app.tandem.payment.delegate;

import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every approver agreed: Approved for payment, requisites remembered for the contractor. */
@Component("approveForPayment")
class ApproveForPaymentDelegate implements JavaDelegate {

  private final PaymentRequestService requests;

  ApproveForPaymentDelegate(PaymentRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.approvedForPayment(execution.getProcessBusinessKey());
  }
}
