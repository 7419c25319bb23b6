package app.tandem.payment.delegate;

import app.tandem.common.process.FormValues;
import static app.tandem.payment.PaymentApprovalProcess.INITIATOR;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the request a manager raised on Tasklist's start form (an API call registers it
 * before starting the process) and makes its number the business key.
 */
@Component("registerPaymentRequest")
class RegisterPaymentRequestDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;

  RegisterPaymentRequestDelegate(PaymentRequestService requests, PaymentRequestForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var number = REQUEST_NUMBER.optionalFrom(execution);
    var request = number.isPresent() ? requests.get(number.get()) : register(execution);
    execution.setProcessBusinessKey(request.getNumber());
    forms.show(request, execution);
  }

  private app.tandem.payment.PaymentRequest register(DelegateExecution execution) {
    var parsed = forms.read(execution);
    if (!parsed.problems().isEmpty()) {
      throw new InvalidRequestException(FormValues.problemsText(parsed.problems()), parsed.problems());
    }
    return requests.create(parsed.fields(), INITIATOR.from(execution), null).request();
  }
}
