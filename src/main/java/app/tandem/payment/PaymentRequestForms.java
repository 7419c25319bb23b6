package app.tandem.payment;

import static app.tandem.payment.PaymentApprovalProcess.*;

import app.tandem.common.document.Document;
import app.tandem.common.document.DocumentLinks;
import app.tandem.common.document.Documents;
import app.tandem.common.form.CaseCard;
import app.tandem.common.form.CaseColumns;
import app.tandem.common.form.FileUpload;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.process.CaseVariables;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the payment request's forms show, read from its table each time a form opens, and how what a
 * form sends becomes request fields. Also the request's Tasklist columns, the only business values
 * the engine keeps.
 */
@Component
public class PaymentRequestForms implements CaseColumns {

  private static final Set<String> COLUMNS = Set.of(
      CaseVariables.CASE_NUMBER.name(), CaseVariables.COUNTERPARTY_NAME.name(),
      CaseVariables.AMOUNT_DISPLAY.name(), PAY_BY_COLUMN.name(), STATUS_COLUMN.name());

  private final PaymentRequestService requests;
  private final Documents documents;
  private final CaseHistory history;
  private final Staff staff;

  PaymentRequestForms(PaymentRequestService requests, Documents documents, CaseHistory history, Staff staff) {
    this.requests = requests;
    this.documents = documents;
    this.history = history;
    this.staff = staff;
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public Set<String> names() {
    return COLUMNS;
  }

  @Override
  public Map<String, Object> of(String number) {
    var request = requests.get(number);
    var f = request.fields();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put(CaseVariables.CASE_NUMBER.name(), number);
    columns.put(CaseVariables.COUNTERPARTY_NAME.name(), f.contractorName() == null ? f.contractorInn() : f.contractorName());
    columns.put(CaseVariables.AMOUNT_DISPLAY.name(), request.money().display());
    columns.put(PAY_BY_COLUMN.name(), f.payBy() == null ? null : Dates.DATE.format(f.payBy()));
    columns.put(STATUS_COLUMN.name(), request.getStatus().label());
    return columns;
  }

  /** The request as every task of it shows it (read-only): its card, documents and history. */
  public FormView view(PaymentRequest request) {
    var f = request.fields();
    var events = requests.historyOf(request.getNumber());
    List<Map<String, Object>> documentRows = documents.of(PaymentRequestService.CASE_TYPE, request.getNumber())
        .stream().map(PaymentRequestForms::documentRow).toList();
    var card = CaseCard.create()
        .warning("Possible duplicate", request.getPossibleDuplicateOf() == null ? null
            : request.getPossibleDuplicateOf() + ": same contractor, invoice number and amount. Check before approving.")
        .line("Status", request.getStatus().label())
        .line("Awaiting approval by", request.pendingApprover().map(PaymentRequestForms::groupLabel).orElse(null))
        .line("Contractor", (f.contractorName() == null ? "" : f.contractorName() + ", ") + "INN " + f.contractorInn()
            + (f.kpp() == null ? "" : ", KPP " + f.kpp()))
        .line("Amount", request.money().display())
        .line("Pay by", f.payBy() == null ? null : Dates.DATE.format(f.payBy()))
        .line("What for", f.purpose() + (f.category() == null ? "" : " (" + f.category().label() + ")"))
        .line("Invoice", f.invoiceNumber() == null ? null : "No. " + f.invoiceNumber()
            + (f.invoiceDate() == null ? "" : " of " + Dates.DATE.format(f.invoiceDate())))
        .line("Payment purpose", f.paymentPurpose())
        .line("Bank details", f.bik() == null ? null : (f.bankName() == null ? "" : f.bankName() + ", ") + "BIK " + f.bik()
            + ", account " + f.settlementAccount() + (f.correspondentAccount() == null ? ""
            : ", corr. account " + f.correspondentAccount()))
        .line("Raised by", staff.displayName(request.getInitiator()))
        .line("Payment order", request.getPaymentOrderNumber() == null ? null : "No. " + request.getPaymentOrderNumber()
            + (request.getPaymentOrderDate() == null ? "" : " of " + Dates.DATE.format(request.getPaymentOrderDate())));
    return FormView.create()
        .card("Payment request " + request.getNumber(), card)
        .put("requestNumber", request.getNumber())
        .put("status", request.getStatus().label())
        .put("currency", f.currency())
        .rows("history", history.rows(events))
        .rows("documents", documentRows);
  }

  /** The editable fields of the draft with their current values, and what the last check found. */
  public FormView draft(PaymentRequest request) {
    var f = request.fields();
    return FormView.create()
        .put(PURPOSE, f.purpose())
        .put(CATEGORY, f.category())
        .put(AMOUNT, f.amount())
        .put(CURRENCY, f.currency())
        .put(PAY_BY, f.payBy())
        .put(PAYMENT_PURPOSE, f.paymentPurpose())
        .put(CONTRACTOR_NAME, f.contractorName())
        .put(CONTRACTOR_INN, f.contractorInn())
        .put(KPP, f.kpp())
        .put(INVOICE_NUMBER, f.invoiceNumber())
        .put(INVOICE_DATE, f.invoiceDate())
        .put(CONTRACTOR_EMAIL, f.contractorEmail())
        .put(BIK, f.bik())
        .put(BANK_NAME, f.bankName())
        .put(SETTLEMENT_ACCOUNT, f.settlementAccount())
        .put(CORRESPONDENT_ACCOUNT, f.correspondentAccount())
        .put("problems", request.getCheckProblems() == null ? "" : request.getCheckProblems());
  }

  /** The draft as the completion form changed it: what the form did not send stays as stored. */
  public PaymentRequestFields fields(FormInput input, PaymentRequest request) {
    var f = request.fields();
    return new PaymentRequestFields(input.orElse(PURPOSE, f.purpose()), input.orElse(CATEGORY, f.category()),
        input.orElse(CONTRACTOR_INN, f.contractorInn()), input.orElse(CONTRACTOR_NAME, f.contractorName()),
        input.orElse(INVOICE_NUMBER, f.invoiceNumber()), input.orElse(INVOICE_DATE, f.invoiceDate()),
        input.orElse(AMOUNT, f.amount()), input.orElse(CURRENCY, f.currency()), input.orElse(PAY_BY, f.payBy()),
        input.orElse(KPP, f.kpp()), input.orElse(BIK, f.bik()), input.orElse(SETTLEMENT_ACCOUNT, f.settlementAccount()),
        input.orElse(CORRESPONDENT_ACCOUNT, f.correspondentAccount()), input.orElse(BANK_NAME, f.bankName()),
        input.orElse(PAYMENT_PURPOSE, f.paymentPurpose()), input.orElse(CONTRACTOR_EMAIL, f.contractorEmail()));
  }

  /** Keeps an uploaded file in the request's documents folder; a refused one fails on its field. */
  public void attach(PaymentRequest request, String field, FileUpload upload, String kind, String actor) {
    if (upload != null) {
      documents.attach(PaymentRequestService.documentPlacement(request, kind), field,
          new Documents.Upload(upload.fileName(), upload.content()), PaymentRequestService.ACCEPTED_FILES, actor);
    }
  }

  private static Map<String, Object> documentRow(Document document) {
    return DocumentLinks.row(document, "/api/payment-requests/" + document.getCaseNumber() + "/documents/"
        + document.getId());
  }

  private static String groupLabel(String groupId) {
    return TandemGroup.byId(groupId).map(TandemGroup::displayName).orElse(groupId);
  }
}
