package app.tandem.payment.delegate;

import static app.tandem.payment.PaymentApprovalProcess.COMMENT;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_ORDER_DATE;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_ORDER_FILE;
import static app.tandem.payment.PaymentApprovalProcess.PAYMENT_ORDER_NUMBER;
import static app.tandem.payment.PaymentApprovalProcess.PAY_DECISION;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;
import static app.tandem.payment.PaymentApprovalProcess.RETURN_DECISION;

import app.tandem.common.document.Documents;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.payment.PaymentRequestService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** Accounting pays (payment order number, date and file) or returns the request for revision. */
@Component("recordPayment")
class RecordPaymentListener implements TaskListener {

  private final PaymentRequestService requests;
  private final Documents documents;

  RecordPaymentListener(PaymentRequestService requests, Documents documents) {
    this.requests = requests;
    this.documents = documents;
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
    FileValue file = task.getExecution().getVariableTyped(PAYMENT_ORDER_FILE.name());
    if (file != null && file.getValue() != null) {
      try (var content = file.getValue()) {
        documents.attach(PaymentRequestService.documentPlacement(requests.get(number), PaymentRequestService.PAYMENT_ORDER),
            PAYMENT_ORDER_FILE.name(), new Documents.Upload(file.getFilename(), content.readAllBytes()),
            PaymentRequestService.ACCEPTED_FILES, actor);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      task.getExecution().removeVariable(PAYMENT_ORDER_FILE.name());
    }
    requests.pay(number, actor, PAYMENT_ORDER_NUMBER.optionalFrom(task).orElse(null),
        orderDate(PAYMENT_ORDER_DATE.optionalFrom(task).orElse(null)));
  }

  private static LocalDate orderDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of(PAYMENT_ORDER_DATE.name(), "Payment order date must be a date like 2026-12-31");
    }
  }
}
