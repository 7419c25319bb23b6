package app.tandem.debt;

import app.tandem.common.history.CaseHistory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue invoices as the stages of collection see them: one invoice by number, a status move
 * with its history entry, and the queries several stages and forms share (the customer's open
 * invoices, promises and schedule, the month-end hard cases).
 */
@Component
public class DebtCases {

  static final Set<ReceivableStatus> CLOSED = EnumSet.of(ReceivableStatus.SETTLED, ReceivableStatus.WRITTEN_OFF);
  static final Set<ReceivableStatus> HARD = EnumSet.of(ReceivableStatus.ESCALATED, ReceivableStatus.IN_LEGAL,
      ReceivableStatus.RESTRUCTURED);

  private final ReceivableRepository receivables;
  private final PaymentPromiseRepository promises;
  private final InstalmentRepository instalments;
  private final CaseHistory history;
  private final Clock clock;

  DebtCases(ReceivableRepository receivables, PaymentPromiseRepository promises, InstalmentRepository instalments,
      CaseHistory history, Clock clock) {
    this.receivables = receivables;
    this.promises = promises;
    this.instalments = instalments;
    this.history = history;
    this.clock = clock;
  }

  Receivable get(String invoiceNumber) {
    return receivables.findById(invoiceNumber)
        .orElseThrow(() -> new IllegalStateException("No invoice " + invoiceNumber));
  }

  /** The invoice's open promise to pay; there must be one. */
  PaymentPromise openPromise(String invoiceNumber) {
    return promises.findFirstByInvoiceNumberAndOutcomeOrderByIdDesc(invoiceNumber, PaymentPromise.Outcome.OPEN)
        .orElseThrow(() -> new IllegalStateException("Invoice " + invoiceNumber + " has no open promise"));
  }

  /** Moves the invoice to {@code status} and says so in its history. */
  void move(String invoiceNumber, ReceivableStatus status, String actor, String event, String comment) {
    get(invoiceNumber).moveTo(status, clock.instant());
    record(invoiceNumber, actor, event, status.name(), comment);
  }

  /** An entry in the invoice's history; {@code status} only when it changed. */
  void record(String invoiceNumber, String actor, String event, String status, String comment) {
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, event, status, comment);
  }

  @Transactional(readOnly = true)
  public List<Instalment> scheduleOf(String invoiceNumber) {
    return instalments.findByInvoiceNumberOrderBySeq(invoiceNumber);
  }

  @Transactional(readOnly = true)
  public List<PaymentPromise> promisesOf(String invoiceNumber) {
    return promises.findByInvoiceNumberOrderByMadeAtAscIdAsc(invoiceNumber);
  }

  @Transactional(readOnly = true)
  public List<PaymentPromise> promisesOfCustomer(String customerInn) {
    return promises.findByCustomerInnOrderByMadeAtAscIdAsc(customerInn);
  }

  /** The customer's other invoices that are still open. */
  @Transactional(readOnly = true)
  public List<Receivable> openInvoicesOf(String customerInn) {
    return receivables.findByCustomerInnAndStatusNotIn(customerInn, CLOSED);
  }

  /** Every escalated, broken-promise, legal and restructured case, for the month-end review. */
  @Transactional(readOnly = true)
  public List<Receivable> hardCases() {
    var hard = new ArrayList<>(receivables.findByStatusIn(HARD));
    receivables.findAllById(promises.invoicesWithBrokenPromises()).stream()
        .filter(r -> !r.getStatus().isClosed() && hard.stream().noneMatch(h -> h.getInvoiceNumber()
            .equals(r.getInvoiceNumber())))
        .forEach(hard::add);
    hard.sort(Comparator.comparing(Receivable::getDueDate).thenComparing(Receivable::getInvoiceNumber));
    return hard;
  }

  /** A comment appended to a history text: {@code ". comment"}, or nothing. */
  static String note(String comment) {
    return comment == null || comment.isBlank() ? "" : ". " + comment.trim();
  }
}
