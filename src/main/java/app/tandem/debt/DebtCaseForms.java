package app.tandem.debt;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.DocumentType;
import app.tandem.common.document.Documents;
import app.tandem.common.form.CaseCard;
import app.tandem.common.form.CaseColumns;
import app.tandem.common.form.FileUpload;
import app.tandem.common.form.FormView;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.process.CaseVariables;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.party.Counterparty;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

  private static final Set<String> COLUMNS = Set.of(
      CaseVariables.CASE_NUMBER.name(), CaseVariables.COUNTERPARTY_NAME.name(),
      CaseVariables.AMOUNT_DISPLAY.name(), DAYS_OVERDUE_COLUMN.name(), STATUS_COLUMN.name());

  static final Set<DocumentType> ACCEPTED_FILES = Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG);

  private final ReceivableService receivables;
  private final DebtCases cases;
  private final CounterpartyDirectory directory;
  private final Documents documents;
  private final Staff staff;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;

  DebtCaseForms(ReceivableService receivables, DebtCases cases, CounterpartyDirectory directory,
      Documents documents, Staff staff, CaseHistory history, WorkingDayCalendar calendar) {
    this.receivables = receivables;
    this.cases = cases;
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
  public Set<String> names() {
    return COLUMNS;
  }

  @Override
  public Map<String, Object> of(String invoiceNumber) {
    var receivable = receivables.get(invoiceNumber);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put(CaseVariables.CASE_NUMBER.name(), invoiceNumber);
    columns.put(CaseVariables.COUNTERPARTY_NAME.name(), receivable.getCustomerName());
    columns.put(CaseVariables.AMOUNT_DISPLAY.name(), receivable.balanceMoney().display());
    columns.put(DAYS_OVERDUE_COLUMN.name(), (int) receivable.daysOverdue(calendar.today()));
    columns.put(STATUS_COLUMN.name(), receivable.getStatus().label());
    return columns;
  }

  /** The invoice and its customer's situation, as every task of the escalation shows it (read-only). */
  public FormView view(String invoiceNumber) {
    var receivable = receivables.get(invoiceNumber);
    var customer = directory.find(receivable.getCustomerInn());
    boolean onHold = customer.map(Counterparty::isOnCreditHold).orElse(false);
    var events = receivables.historyOf(invoiceNumber);
    long daysOverdue = receivable.daysOverdue(calendar.today());
    return FormView.create()
        .card("Overdue invoice " + receivable.getInvoiceNumber() + " — " + receivable.getCustomerName(),
            card(receivable, onHold, customer.map(Counterparty::getCreditHoldReason).orElse(null), daysOverdue))
        .put("caseNumber", receivable.getInvoiceNumber())
        .put("counterpartyName", receivable.getCustomerName())
        .put("amountDisplay", receivable.balanceMoney().display())
        .put("balance", receivable.getBalance())
        .put("currency", receivable.getCurrency())
        .put("daysOverdue", daysOverdue)
        .put("status", receivable.getStatus().label())
        .put("onCreditHold", onHold)
        .rows("history", history.rows(events))
        .rows("documents", documents.of(ReceivableService.CASE_TYPE, invoiceNumber).stream()
            .map(document -> app.tandem.common.document.DocumentLinks.row(document,
                "/api/receivables/" + document.getCaseNumber() + "/documents/" + document.getId()))
            .toList());
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

  /** The invoice and the customer's situation: other invoices, promises, disputes, the hold. */
  private CaseCard card(Receivable receivable, boolean onHold, String holdReason, long daysOverdue) {
    var open = cases.openInvoicesOf(receivable.getCustomerInn());
    Map<String, BigDecimal> overdue = new TreeMap<>();
    open.stream().filter(r -> r.getStatus() != ReceivableStatus.NOT_DUE)
        .forEach(r -> overdue.merge(r.getCurrency(), r.getBalance(), BigDecimal::add));
    var others = open.stream().filter(r -> !r.getInvoiceNumber().equals(receivable.getInvoiceNumber())
        && r.getStatus() != ReceivableStatus.NOT_DUE).toList();
    var promises = cases.promisesOfCustomer(receivable.getCustomerInn());
    return CaseCard.create()
        .warning("Credit hold", onHold ? "The customer is on credit hold: no deliveries"
            + (holdReason == null ? "" : " (" + holdReason + ")") : null)
        .line("Customer", receivable.getCustomerName() + ", INN " + receivable.getCustomerInn())
        .line("Outstanding", receivable.balanceMoney().display() + " of "
            + new Money(receivable.getAmount(), receivable.getCurrency()).display())
        .line("Invoice", "No. " + receivable.getInvoiceNumber() + " of " + receivable.getIssueDate().format(Dates.DATE))
        .line("Due", receivable.getDueDate().format(Dates.DATE) + (daysOverdue > 0 ? ", " + daysOverdue + " days overdue" : ""))
        .line("Status", receivable.getStatus().label())
        .line("Manager", staff.displayName(receivable.getManagerId()))
        .line("Customer's total overdue", overdue.isEmpty() ? "none" : overdue.entrySet().stream()
            .map(e -> new Money(e.getValue(), e.getKey()).display()).collect(Collectors.joining(", ")))
        .line("Other open escalations", others.isEmpty() ? "none" : others.stream()
            .map(r -> r.getInvoiceNumber() + " (" + r.balanceMoney().display() + ", " + r.getStatus().label() + ")")
            .collect(Collectors.joining("; ")))
        .line("Promises to pay", promises.isEmpty() ? "none" : promises.stream()
            .map(p -> p.getInvoiceNumber() + ": " + new Money(p.getAmount(), receivable.getCurrency()).display() + " by "
                + p.getPromisedOn().format(Dates.DATE) + " — " + p.getOutcome().label())
            .collect(Collectors.joining("; ")))
        .line("Disputed", receivable.getDisputeReason())
        .line("Dunning policy", receivable.getDunningReason());
  }
}
