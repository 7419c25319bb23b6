package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.INVOICE_FILE;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import app.tandem.common.document.Documents;
import app.tandem.payment.PaymentRequestForms;
import app.tandem.payment.PaymentRequestService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
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
  private final Documents documents;

  SavePaymentRequestListener(PaymentRequestService requests, PaymentRequestForms forms, Documents documents) {
    this.requests = requests;
    this.forms = forms;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = REQUEST_NUMBER.from(task);
    requests.update(number, forms.read(task.getExecution()).fields());
    FileValue file = task.getExecution().getVariableTyped(INVOICE_FILE.name());
    if (file != null && file.getValue() != null) {
      var request = requests.get(number);
      try (var content = file.getValue()) {
        documents.attach(PaymentRequestService.documentPlacement(request, PaymentRequestService.INVOICE),
            INVOICE_FILE.name(), new Documents.Upload(file.getFilename(), content.readAllBytes()),
            PaymentRequestService.ACCEPTED_FILES, Actor.of(task));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      task.getExecution().removeVariable(INVOICE_FILE.name());
    }
  }
}
