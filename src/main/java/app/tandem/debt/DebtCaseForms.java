package app.tandem.debt;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.document.DocumentType;
import app.tandem.common.document.Documents;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.process.CaseVariables;
import app.tandem.identity.Staff;
import app.tandem.party.Counterparty;
import app.tandem.party.CounterpartyDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** What the escalation's task forms show, and the files they take in. */
@Component
public class DebtCaseForms {

  static final Set<DocumentType> ACCEPTED_FILES = Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  /** Form fields that belong to one task: cleared when the next task starts so nobody sees stale input. */
  private static final List<String> TASK_FIELDS = List.of(CONTACT_OUTCOME.name(), PROMISED_DATE.name(),
      PROMISED_AMOUNT.name(), DISPUTE_REASON.name(), COMMENT.name(), DEBT_DECISION.name(), NEW_DEADLINE.name(),
      WRITE_OFF_DECISION.name(), LEGAL_DECISION.name(), CLAIM_SENT_ON.name(), INSTALMENTS.name());

  private final ReceivableService receivables;
  private final DebtCollectionService collection;
  private final CounterpartyDirectory directory;
  private final Documents documents;
  private final Staff staff;
  private final CaseHistory history;

  DebtCaseForms(ReceivableService receivables, DebtCollectionService collection, CounterpartyDirectory directory,
      Documents documents, Staff staff, CaseHistory history) {
    this.receivables = receivables;
    this.collection = collection;
    this.directory = directory;
    this.documents = documents;
    this.staff = staff;
    this.history = history;
  }

  /** The invoice and its customer's situation, into the variables the forms and Tasklist columns read. */
  public void show(String invoiceNumber, VariableScope scope) {
    var receivable = receivables.get(invoiceNumber);
    TASK_FIELDS.forEach(scope::removeVariable);
    CaseVariables.CASE_NUMBER.set(scope, receivable.getInvoiceNumber());
    CaseVariables.COUNTERPARTY_NAME.set(scope, receivable.getCustomerName());
    CaseVariables.AMOUNT_DISPLAY.set(scope, receivable.balanceMoney().display());
    STATUS.set(scope, receivable.getStatus().name());
    CUSTOMER_INN.set(scope, receivable.getCustomerInn());
    DUE_DATE.set(scope, receivable.getDueDate().format(DATE));
    MANAGER_NAME.set(scope, staff.displayName(receivable.getManagerId()));
    boolean onHold = directory.find(receivable.getCustomerInn()).map(Counterparty::isOnCreditHold).orElse(false);
    ON_CREDIT_HOLD.set(scope, onHold);
    CREDIT_HOLD.set(scope, onHold);
    CASE_SUMMARY.set(scope, summary(receivable, onHold));
    HISTORY.set(scope, history.text(receivables.historyOf(invoiceNumber)));
  }

  /** Takes a file uploaded on a form into the invoice's documents folder and out of the engine. */
  public void takeUploadedFile(DelegateTask task, String variable, String kind, String actor) {
    FileValue file = task.getExecution().getVariableTyped(variable);
    if (file == null || file.getValue() == null) {
      return;
    }
    var receivable = receivables.get(INVOICE_NUMBER.from(task));
    try (var content = file.getValue()) {
      documents.attach(placement(receivable, kind), variable,
          new Documents.Upload(file.getFilename(), content.readAllBytes()), ACCEPTED_FILES, actor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    task.getExecution().removeVariable(variable);
  }

  public static Documents.Placement placement(Receivable receivable, String kind) {
    String folder = receivable.getInvoiceNumber().replaceAll("[^A-Za-z0-9._-]", "_");
    return new Documents.Placement(ReceivableService.CASE_TYPE, receivable.getInvoiceNumber(),
        "receivables/" + receivable.getIssueDate().getYear() + "/" + folder, kind);
  }

  private String summary(Receivable receivable, boolean onHold) {
    var open = collection.openInvoicesOf(receivable.getCustomerInn());
    Map<String, BigDecimal> overdue = new TreeMap<>();
    open.stream().filter(r -> r.getStatus() != ReceivableStatus.NOT_DUE)
        .forEach(r -> overdue.merge(r.getCurrency(), r.getBalance(), BigDecimal::add));
    var out = new StringBuilder();
    out.append("Invoice ").append(receivable.getInvoiceNumber()).append(" of ")
        .append(receivable.getIssueDate().format(DATE)).append(": ")
        .append(new Money(receivable.getAmount(), receivable.getCurrency()).display()).append(", outstanding ")
        .append(receivable.balanceMoney().display()).append(", due ").append(receivable.getDueDate().format(DATE))
        .append('\n');
    out.append("Customer's total overdue: ").append(overdue.isEmpty() ? "none" : overdue.entrySet().stream()
        .map(e -> new Money(e.getValue(), e.getKey()).display()).collect(Collectors.joining(", "))).append('\n');
    var others = open.stream().filter(r -> !r.getInvoiceNumber().equals(receivable.getInvoiceNumber())
        && r.getStatus() != ReceivableStatus.NOT_DUE).toList();
    out.append("Other open escalations: ").append(others.isEmpty() ? "none" : others.stream()
        .map(r -> r.getInvoiceNumber() + " (" + r.balanceMoney().display() + ", " + r.getStatus() + ")")
        .collect(Collectors.joining("; "))).append('\n');
    var promises = collection.promisesOfCustomer(receivable.getCustomerInn());
    out.append("Promises to pay: ").append(promises.isEmpty() ? "none" : promises.stream()
        .map(p -> p.getInvoiceNumber() + ": " + p.getAmount().toPlainString() + " by "
            + p.getPromisedOn().format(DATE) + " — " + p.getOutcome().name().toLowerCase())
        .collect(Collectors.joining("; "))).append('\n');
    if (receivable.getDisputeReason() != null) {
      out.append("Disputed: ").append(receivable.getDisputeReason()).append('\n');
    }
    out.append("Credit hold: ").append(onHold ? "yes — no deliveries" : "no");
    return out.toString();
  }
}
