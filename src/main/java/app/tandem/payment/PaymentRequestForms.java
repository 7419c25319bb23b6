package app.tandem.payment;

import app.tandem.common.history.CaseHistory;
import app.tandem.common.process.FormValues;
import static app.tandem.payment.PaymentApprovalProcess.*;

import app.tandem.common.document.Documents;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.process.CaseVariables;
import app.tandem.common.time.BusinessTimeZone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Moves a payment request between its table and the variables its task forms show and edit.
 * Typed text is kept in the variables as typed, so nothing is lost when it does not parse; the
 * parse problems are reported by the check like every other problem.
 */
@Component
public class PaymentRequestForms {

  private final PaymentRequestService requests;
  private final Documents documents;
  private final BusinessTimeZone zone;
  private final CaseHistory history;

  PaymentRequestForms(PaymentRequestService requests, Documents documents, BusinessTimeZone zone, CaseHistory history) {
    this.history = history;
    this.requests = requests;
    this.documents = documents;
    this.zone = zone;
  }

  /**
   * Takes a file uploaded on a form into the request's documents folder and out of the engine.
   * A refused file (type, size, name) fails with the reason on the field.
   */
  public void takeUploadedFile(DelegateTask task, String variable, String kind, String actor) {
    FileValue file = task.getExecution().getVariableTyped(variable);
    if (file == null || file.getValue() == null) {
      return;
    }
    var request = requests.get(REQUEST_NUMBER.from(task));
    try (var content = file.getValue()) {
      documents.attach(PaymentRequestService.documentPlacement(request, kind), variable,
          new Documents.Upload(file.getFilename(), content.readAllBytes()), PaymentRequestService.ACCEPTED_FILES, actor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    task.getExecution().removeVariable(variable);
  }

  /** The request as it is stored, into the variables its forms read. */
  public void show(PaymentRequest request, VariableScope scope) {
    var fields = request.fields();
    REQUEST_NUMBER.set(scope, request.getNumber());
    PURPOSE.set(scope, fields.purpose());
    CATEGORY.set(scope, fields.category() == null ? null : fields.category().name());
    CONTRACTOR_INN.set(scope, fields.contractorInn());
    CONTRACTOR_NAME.set(scope, fields.contractorName());
    INVOICE_NUMBER.set(scope, fields.invoiceNumber());
    INVOICE_DATE.set(scope, fields.invoiceDate() == null ? null : fields.invoiceDate().toString());
    AMOUNT.set(scope, fields.amount() == null ? null : fields.amount().doubleValue());
    AMOUNT_TEXT.set(scope, fields.amount() == null ? null : fields.amount().toPlainString());
    CURRENCY.set(scope, fields.currency());
    PAY_BY.set(scope, fields.payBy() == null ? null : fields.payBy().toString());
    PAY_BY_DATE.set(scope, fields.payBy() == null ? null
        : Date.from(fields.payBy().atTime(18, 0).atZone(zone.zone()).toInstant()));
    KPP.set(scope, fields.kpp());
    BIK.set(scope, fields.bik());
    SETTLEMENT_ACCOUNT.set(scope, fields.settlementAccount());
    CORRESPONDENT_ACCOUNT.set(scope, fields.correspondentAccount());
    BANK_NAME.set(scope, fields.bankName());
    PAYMENT_PURPOSE.set(scope, fields.paymentPurpose());
    CONTRACTOR_EMAIL.set(scope, fields.contractorEmail());
    STATUS.set(scope, request.getStatus().label());
    DUPLICATE_WARNING.set(scope, request.getPossibleDuplicateOf() == null ? null
        : "Possible duplicate of " + request.getPossibleDuplicateOf()
            + ": same contractor, invoice number and amount. Check before approving.");
    HISTORY.set(scope, history.text(requests.historyOf(request.getNumber())));
    CaseVariables.CASE_NUMBER.set(scope, request.getNumber());
    CaseVariables.COUNTERPARTY_NAME.set(scope,
        fields.contractorName() == null ? fields.contractorInn() : fields.contractorName());
    CaseVariables.AMOUNT_DISPLAY.set(scope, fields.amount() == null ? null : request.money().display());
  }

  /** What the form holds, as request fields; text that does not parse becomes a problem. */
  public Parsed read(VariableScope scope) {
    var problems = new ArrayList<FieldProblem>();
    PaymentCategory category = null;
    String categoryText = CATEGORY.optionalFrom(scope).orElse(null);
    if (categoryText != null && !categoryText.isBlank()) {
      try {
        category = PaymentCategory.valueOf(categoryText.trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("category", "Category must be GOODS, SERVICES, LOGISTICS, MARKETING or OTHER"));
      }
    }
    var fields = new PaymentRequestFields(text(scope, PURPOSE.name()), category, text(scope, CONTRACTOR_INN.name()),
        text(scope, CONTRACTOR_NAME.name()), text(scope, INVOICE_NUMBER.name()),
        date(scope, INVOICE_DATE.name(), "Invoice date", problems), amount(scope, problems),
        text(scope, CURRENCY.name()), date(scope, PAY_BY.name(), "Pay-by date", problems), text(scope, KPP.name()),
        text(scope, BIK.name()), text(scope, SETTLEMENT_ACCOUNT.name()), text(scope, CORRESPONDENT_ACCOUNT.name()),
        text(scope, BANK_NAME.name()), text(scope, PAYMENT_PURPOSE.name()), text(scope, CONTRACTOR_EMAIL.name()));
    return new Parsed(fields.normalized(), List.copyOf(problems));
  }

  /** Form values as request fields, and what could not be read. */
  public record Parsed(PaymentRequestFields fields, List<FieldProblem> problems) {
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(VariableScope scope, String name, String label, List<FieldProblem> problems) {
    return FormValues.date(text(scope, name), name, label, problems);
  }

  private static BigDecimal amount(VariableScope scope, List<FieldProblem> problems) {
    return FormValues.amount(text(scope, AMOUNT_TEXT.name()), "amount", "Amount", problems);
  }
}
