package app.tandem.payment.delegate;

import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Draft → Sent for approval, in the initiator's name. */
@Component("sendForApproval")
class SendForApprovalDelegate implements JavaDelegate {

  private final PaymentRequestService requests;

  SendForApprovalDelegate(PaymentRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    requests.submit(number, requests.get(number).getInitiator());
  }
}
