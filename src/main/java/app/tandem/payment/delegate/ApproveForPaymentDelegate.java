package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every approver agreed: Approved for payment, requisites remembered for the contractor. */
@Component("approveForPayment")
class ApproveForPaymentDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;

  ApproveForPaymentDelegate(PaymentRequestService requests, PaymentRequestForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = REQUEST_NUMBER.from(execution);
    requests.approvedForPayment(number);
    forms.show(requests.get(number), execution);
  }
}
