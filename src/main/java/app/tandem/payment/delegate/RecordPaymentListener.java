package app.tandem.payment.delegate;

import app.tandem.common.process.FormValues;
import app.tandem.common.process.Actor;
import static app.tandem.payment.PaymentApprovalProcess.COMMENT;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_ORDER_DATE;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_ORDER_FILE;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_ORDER_NUMBER;
import static app.tandem.payment.PaymentApprovalProcess.PAY_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;
import static app.tandem.payment.PaymentApprovalProcess.RETURN_DECISION;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import java.time.LocalDate;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Accounting pays (payment order number, date and file) or returns the request for revision. */
@Component("recordPayment")
class RecordPaymentListener implements TaskListener {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;

  RecordPaymentListener(PaymentRequestService requests, PaymentRequestForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = REQUEST_NUMBER.from(task);
    String actor = Actor.of(task);
    String decision = PAYMENT_DECISION.optionalFrom(task).orElse("");
    switch (decision) {
      case PAY_DECISION -> pay(task, number, actor);
      case RETURN_DECISION -> requests.returnForRevision(number, actor, COMMENT.optionalFrom(task).orElse(null));
      default -> throw InvalidRequestException.of(PAYMENT_DECISION.name(), "Choose pay or return for revision");
    }
    task.getExecution().getProcessInstance().setVariable(PAYMENT_DECISION.name(), decision);
    task.getExecution().getProcessInstance().removeVariable(COMMENT.name());
  }

  private void pay(DelegateTask task, String number, String actor) {
    forms.takeUploadedFile(task, PAYMENT_ORDER_FILE.name(), PaymentRequestService.PAYMENT_ORDER, actor);
    var problems = new ArrayList<FieldProblem>();
    LocalDate orderDate = FormValues.date(PAYMENT_ORDER_DATE.optionalFrom(task).orElse(null),
        PAYMENT_ORDER_DATE.name(), "Payment order date", problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems.get(0).message(), problems);
    }
    requests.pay(number, actor, PAYMENT_ORDER_NUMBER.optionalFrom(task).orElse(null), orderDate);
  }
}
