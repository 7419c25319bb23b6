package app.tandem.payment.delegate;

import app.tandem.common.process.Actor;
import static app.tandem.payment.PaymentApprovalProcess.INVOICE_FILE;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the initiator submits the request form: what they typed is saved on the request, and an
 * attached invoice goes into the request's documents folder (and out of the engine). A refused
 * file fails the submission with its reason; the form keeps everything typed.
 */
@Component("savePaymentRequest")
class SavePaymentRequestListener implements TaskListener {

  private final PaymentRequestService requests;
  private final PaymentRequestForms forms;

  SavePaymentRequestListener(PaymentRequestService requests, PaymentRequestForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    requests.update(REQUEST_NUMBER.from(task), forms.read(task.getExecution()).fields());
    forms.takeUploadedFile(task, INVOICE_FILE.name(), PaymentRequestService.INVOICE, Actor.of(task));
  }
}
