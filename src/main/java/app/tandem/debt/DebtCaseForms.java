package app.tandem.debt;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.DocumentType;
import app.tandem.common.document.Documents;
import app.tandem.common.form.CaseColumns;
import app.tandem.common.form.FileUpload;
import app.tandem.common.form.FormView;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.process.CaseVariables;
import app.tandem.identity.Staff;
import app.tandem.party.Counterparty;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the escalation's task forms show, read from the invoice's tables each time a form opens, the
 * files they take in, and the invoice's Tasklist columns.
 */
@Component
public class DebtCaseForms implements CaseColumns {

  static final Set<DocumentType> ACCEPTED_FILES = Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ReceivableService receivables;
  private final DebtCollectionService collection;
  private final CounterpartyDirectory directory;
  private final Documents documents;
  private final Staff staff;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;

  DebtCaseForms(ReceivableService receivables, DebtCollectionService collection, CounterpartyDirectory directory,
      Documents documents, Staff staff, CaseHistory history, WorkingDayCalendar calendar) {
    this.receivables = receivables;
    this.collection = collection;
    this.directory = directory;
    this.documents = documents;
    this.staff = staff;
    this.history = history;
    this.calendar = calendar;
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public Map<String, Object> of(String invoiceNumber) {
    var receivable = receivables.get(invoiceNumber);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put(CaseVariables.CASE_NUMBER.name(), invoiceNumber);
    columns.put(CaseVariables.COUNTERPARTY_NAME.name(), receivable.getCustomerName());
    columns.put(CaseVariables.AMOUNT_DISPLAY.name(), receivable.balanceMoney().display());
    columns.put(DAYS_OVERDUE_COLUMN.name(), (int) receivable.daysOverdue(calendar.today()));
    columns.put(STATUS_COLUMN.name(), receivable.getStatus().name());
    return columns;
  }

  /** The invoice and its customer's situation, as every task of the escalation shows it (read-only). */
  public FormView view(String invoiceNumber) {
    var receivable = receivables.get(invoiceNumber);
    boolean onHold = directory.find(receivable.getCustomerInn()).map(Counterparty::isOnCreditHold).orElse(false);
    var events = receivables.historyOf(invoiceNumber);
    return FormView.create()
        .put("caseNumber", receivable.getInvoiceNumber())
        .put("counterpartyName", receivable.getCustomerName())
        .put("customerInn", receivable.getCustomerInn())
        .put("amountDisplay", receivable.balanceMoney().display())
        .put("dueDate", receivable.getDueDate().format(DATE))
        .put("daysOverdue", receivable.daysOverdue(calendar.today()))
        .put("status", receivable.getStatus().name())
        .put("managerName", staff.displayName(receivable.getManagerId()))
        .put("onCreditHold", onHold)
        .put("caseSummary", summary(receivable, onHold))
        .rows("history", history.rows(events))
        .put("historyText", history.text(events));
  }

  /** Keeps a file uploaded on a form in the invoice's documents folder; a refused one fails on its field. */
  public void attach(String invoiceNumber, String field, FileUpload upload, String kind, String actor) {
    if (upload == null) {
      return;
    }
    documents.attach(placement(receivables.get(invoiceNumber), kind), field,
        new Documents.Upload(upload.fileName(), upload.content()), ACCEPTED_FILES, actor);
  }

  public static Documents.Placement placement(Receivable receivable, String kind) {
    String folder = receivable.getInvoiceNumber().replaceAll("[^A-Za-z0-9._-]", "_");
    return new Documents.Placement(ReceivableService.CASE_TYPE, receivable.getInvoiceNumber(),
        "receivables/" + receivable.getIssueDate().getYear() + "/" + folder, kind);
  }

  /** The customer's situation as a short list (markdown, one line each). */
  private String summary(Receivable receivable, boolean onHold) {
    var open = collection.openInvoicesOf(receivable.getCustomerInn());
    Map<String, BigDecimal> overdue = new TreeMap<>();
    open.stream().filter(r -> r.getStatus() != ReceivableStatus.NOT_DUE)
        .forEach(r -> overdue.merge(r.getCurrency(), r.getBalance(), BigDecimal::add));
    var out = new StringBuilder();
    out.append("- Invoice ").append(receivable.getInvoiceNumber()).append(" of ")
        .append(receivable.getIssueDate().format(DATE)).append(": ")
        .append(new Money(receivable.getAmount(), receivable.getCurrency()).display()).append(", outstanding ")
        .append(receivable.balanceMoney().display()).append(", due ").append(receivable.getDueDate().format(DATE))
        .append('\n');
    out.append("- Customer's total overdue: ").append(overdue.isEmpty() ? "none" : overdue.entrySet().stream()
        .map(e -> new Money(e.getValue(), e.getKey()).display()).collect(Collectors.joining(", "))).append('\n');
    var others = open.stream().filter(r -> !r.getInvoiceNumber().equals(receivable.getInvoiceNumber())
        && r.getStatus() != ReceivableStatus.NOT_DUE).toList();
    out.append("- Other open escalations: ").append(others.isEmpty() ? "none" : others.stream()
        .map(r -> r.getInvoiceNumber() + " (" + r.balanceMoney().display() + ", " + r.getStatus() + ")")
        .collect(Collectors.joining("; "))).append('\n');
    var promises = collection.promisesOfCustomer(receivable.getCustomerInn());
    out.append("- Promises to pay: ").append(promises.isEmpty() ? "none" : promises.stream()
        .map(p -> p.getInvoiceNumber() + ": " + p.getAmount().toPlainString() + " by "
            + p.getPromisedOn().format(DATE) + " — " + p.getOutcome().name().toLowerCase())
        .collect(Collectors.joining("; "))).append('\n');
    if (receivable.getDisputeReason() != null) {
      out.append("- Disputed: ").append(receivable.getDisputeReason()).append('\n');
    }
    if (receivable.getDunningReason() != null) {
      out.append("- Dunning policy: ").append(receivable.getDunningReason()).append('\n');
    }
    out.append("- Credit hold: ").append(onHold ? "yes — no deliveries" : "no");
    return out.toString();
  }
}
