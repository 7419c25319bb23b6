package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.INITIATOR;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Draft → Sent for approval. */
@Component("sendForApproval")
class SendForApprovalDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;

  SendForApprovalDelegate(PaymentRequestService requests, PaymentRequestForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = REQUEST_NUMBER.from(execution);
    requests.submit(number, INITIATOR.from(execution));
    forms.show(requests.get(number), execution);
  }
}
