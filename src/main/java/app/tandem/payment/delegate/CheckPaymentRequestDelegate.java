package app.tandem.payment.delegate;

import app.tandem.common.process.FormValues;
import static app.tandem.payment.PaymentApprovalProcess.PROBLEMS;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_VALID;

import app.tandem.common.error.FieldProblem;
import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the request on the server; problems go back to the initiator's form. */
@Component("checkPaymentRequest")
class CheckPaymentRequestDelegate implements JavaDelegate {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;

  CheckPaymentRequestDelegate(PaymentRequestService requests, PaymentRequestForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = REQUEST_NUMBER.from(execution);
    var problems = new ArrayList<FieldProblem>(forms.read(execution).problems());
    problems.addAll(requests.check(number).problems());
    REQUEST_VALID.set(execution, problems.isEmpty());
    PROBLEMS.set(execution, FormValues.problemsText(problems));
    forms.show(requests.get(number), execution);
  }
}
