package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.REQUEST_VALID;

import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the request on the server; what is wrong is kept on the request and shown on the manager's form. */
@Component("checkPaymentRequest")
class CheckPaymentRequestDelegate implements JavaDelegate {

  private final PaymentRequestService requests;

  CheckPaymentRequestDelegate(PaymentRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    REQUEST_VALID.route(execution, requests.check(execution.getProcessBusinessKey()).passed());
  }
}
