package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseEvent;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.requisites.RequisitesCheck;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer invoices and their payments as accounting reports them. Registering is idempotent by
 * invoice number; a payment is idempotent by its bank reference. A payment that clears the balance
 * settles the invoice and publishes {@link ReceivableSettled}, which ends any running escalation in
 * the same transaction.
 */
@Service
public class ReceivableService {

  private final app.tandem.common.input.RecordLimits limits;

  public static final String CASE_TYPE = "RECEIVABLE";
  private static final Logger LOG = LoggerFactory.getLogger(ReceivableService.class);
  private static final Pattern INVOICE_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._#№-]{0,63}");

  private final ReceivableRepository receivables;
  private final ReceivablePaymentRepository payments;
  private final CounterpartyDirectory directory;
  private final Staff staff;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReceivableService(ReceivableRepository receivables, ReceivablePaymentRepository payments,
      CounterpartyDirectory directory, Staff staff, CaseHistory history, WorkingDayCalendar calendar,
      ApplicationEventPublisher events, Clock clock, app.tandem.common.input.RecordLimits limits) {
    this.limits = limits;
    this.receivables = receivables;
    this.payments = payments;
    this.directory = directory;
    this.staff = staff;
    this.history = history;
    this.calendar = calendar;
    this.events = events;
    this.clock = clock;
  }

  /** Published inside the transaction that settles an invoice. */
  public record ReceivableSettled(String invoiceNumber, String actor) {
  }

  public record Registered(Receivable receivable, boolean created) {
  }

  public record PaymentData(BigDecimal amount, LocalDate date, String reference) {
  }

  public record PaymentRecorded(Receivable receivable, ReceivablePayment payment, boolean created) {
  }

  /**
   * Registers an invoice: created, or unchanged when exactly this invoice is already known.
   *
   * @throws InvalidRequestException listing every invalid field
   * @throws ConflictException when the number is known with different content
   */
  @Transactional
  public Registered register(ReceivableData data, String actor) {
    var problems = validate(data);
    InvalidRequestException.throwIfAny("The invoice has invalid fields.", problems);
    ReceivableData normalized = normalized(data);
    var existing = receivables.findById(normalized.invoiceNumber());
    if (existing.isPresent()) {
      if (sameContent(existing.get().data(), normalized)) {
        return new Registered(existing.get(), false);
      }
      throw new ConflictException("Invoice " + normalized.invoiceNumber()
          + " is already registered with different content; correct it in accounting under a new number");
    }
    directory.ensureCustomer(normalized.customerInn(), normalized.customerName(), normalized.customerEmail());
    var receivable = receivables.save(new Receivable(normalized, clock.instant()));
    history.record(CASE_TYPE, receivable.getInvoiceNumber(), actor, "REGISTERED", ReceivableStatus.NOT_DUE.name(),
        receivable.balanceMoney().display() + " due " + Dates.show(receivable.getDueDate()));
    LOG.info("Invoice {} of {} registered: {} due {}", receivable.getInvoiceNumber(), receivable.getCustomerName(),
        receivable.balanceMoney(), receivable.getDueDate());
    return new Registered(receivable, true);
  }

  /** Every problem with an invoice, field by field; empty when it may be registered. */
  public List<FieldProblem> validate(ReceivableData data) {
    var check = RequisitesCheck.start().inn("customerInn", data.customerInn(), true)
        .email("customerEmail", data.customerEmail(), false);
    List<FieldProblem> problems = new ArrayList<>(limits.problems(data, "receivable", java.util.Set.of()));
    check.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
        .forEach(problems::add);
    String number = data.invoiceNumber() == null ? "" : data.invoiceNumber().trim();
    if (number.isEmpty()) {
      problems.add(new FieldProblem("invoiceNumber", "Invoice number is required"));
    } else if (!INVOICE_NUMBER.matcher(number).matches()) {
      problems.add(new FieldProblem("invoiceNumber",
          "Invoice number must have 1 to 64 letters, digits, spaces or . _ # № - and start with a letter or digit"));
    }
    if (data.customerName() == null || data.customerName().isBlank()) {
      problems.add(new FieldProblem("customerName", "Customer name is required"));
    } else if (data.customerName().trim().length() > 255) {
      problems.add(new FieldProblem("customerName", "Customer name must have at most 255 characters"));
    }
    if (data.managerId() == null || data.managerId().isBlank()) {
      problems.add(new FieldProblem("managerId", "The responsible manager's user id is required"));
    } else if (!staff.isMember(data.managerId().trim(), TandemGroup.SALES_MANAGERS)) {
      problems.add(new FieldProblem("managerId", "Unknown manager: no sales manager has the user id '"
          + data.managerId().trim() + "'"));
    }
    String amountProblem = Money.amountProblem(data.amount());
    if (amountProblem != null) {
      problems.add(new FieldProblem("amount", amountProblem));
    }
    String currencyProblem = Money.currencyProblem(data.currency());
    if (currencyProblem != null) {
      problems.add(new FieldProblem("currency", currencyProblem));
    }
    if (data.issueDate() == null) {
      problems.add(new FieldProblem("issueDate", "Issue date is required"));
    }
    if (data.dueDate() == null) {
      problems.add(new FieldProblem("dueDate", "Due date is required"));
    } else if (data.issueDate() != null && data.dueDate().isBefore(data.issueDate())) {
      problems.add(new FieldProblem("dueDate", "Due date must not be before the issue date " + Dates.show(data.issueDate())));
    }
    return problems;
  }

  /**
   * Records a customer's payment. The same reference again with the same amount and date is a
   * repeat (nothing changes); with different content it is a conflict. More than the balance is
   * accepted and the excess recorded as an overpayment.
   */
  @Transactional
  public PaymentRecorded recordPayment(String invoiceNumber, PaymentData data, String actor) {
    var receivable = get(invoiceNumber);
    List<FieldProblem> problems = new ArrayList<>();
    String amountProblem = Money.amountProblem(data.amount());
    if (amountProblem != null) {
      problems.add(new FieldProblem("amount", amountProblem));
    }
    if (data.date() == null) {
      problems.add(new FieldProblem("date", "Payment date is required"));
    } else if (data.date().isAfter(calendar.today())) {
      problems.add(new FieldProblem("date", "Payment date must not be in the future"));
    }
    String reference = data.reference() == null ? "" : data.reference().trim();
    if (reference.isEmpty()) {
      problems.add(new FieldProblem("reference", "The bank reference of the payment is required"));
    } else if (reference.length() > 100) {
      problems.add(new FieldProblem("reference", "Reference must have at most 100 characters"));
    }
    InvalidRequestException.throwIfAny("The payment has invalid fields.", problems);
    var repeated = payments.findByInvoiceNumberAndReference(receivable.getInvoiceNumber(), reference);
    if (repeated.isPresent()) {
      var known = repeated.get();
      if (known.getAmount().compareTo(data.amount()) == 0 && known.getPaidOn().equals(data.date())) {
        return new PaymentRecorded(receivable, known, false);
      }
      throw new ConflictException("Payment " + reference + " for invoice " + invoiceNumber
          + " is already recorded with a different amount or date");
    }
    var now = clock.instant();
    BigDecimal excess = receivable.pay(data.amount(), now);
    var payment = payments.save(new ReceivablePayment(receivable.getInvoiceNumber(), data.amount(), data.date(),
        reference, excess, now, actor));
    var paid = new Money(data.amount(), receivable.getCurrency());
    history.record(CASE_TYPE, invoiceNumber, actor, "PAYMENT_RECEIVED", null,
        paid.display() + " on " + Dates.show(data.date()) + ", ref. " + reference + "; balance " + receivable.balanceMoney().display());
    if (excess.signum() > 0) {
      history.record(CASE_TYPE, invoiceNumber, actor, "OVERPAID", null,
          new Money(excess, receivable.getCurrency()).display() + " more than the balance: to refund or offset");
      LOG.warn("Invoice {} overpaid by {} (payment {})", invoiceNumber, new Money(excess, receivable.getCurrency()),
          reference);
    }
    if (receivable.getBalance().signum() == 0 && !receivable.getStatus().isClosed()) {
      receivable.close(ReceivableStatus.SETTLED, data.date(), now);
      history.record(CASE_TYPE, invoiceNumber, actor, "SETTLED", ReceivableStatus.SETTLED.name(), null);
      LOG.info("Invoice {} of {} settled by payment {}", invoiceNumber, receivable.getCustomerName(), reference);
      events.publishEvent(new ReceivableSettled(invoiceNumber, actor));
    }
    return new PaymentRecorded(receivable, payment, true);
  }

  /** Whether the customer has ever been invoiced: a customer with a trading history, not a new one. */
  @Transactional(readOnly = true)
  public boolean hasBeenInvoiced(String customerInn) {
    return receivables.existsByCustomerInn(customerInn);
  }

  @Transactional(readOnly = true)
  public Receivable get(String invoiceNumber) {
    return find(invoiceNumber).orElseThrow(() -> new NotFoundException("No invoice " + invoiceNumber));
  }

  @Transactional(readOnly = true)
  public Optional<Receivable> find(String invoiceNumber) {
    return invoiceNumber == null ? Optional.empty() : receivables.findById(invoiceNumber.trim());
  }

  @Transactional(readOnly = true)
  public List<ReceivablePayment> paymentsOf(String invoiceNumber) {
    return payments.findByInvoiceNumberOrderByPaidOnAscIdAsc(invoiceNumber);
  }

  @Transactional(readOnly = true)
  public List<CaseEvent> historyOf(String invoiceNumber) {
    return history.of(CASE_TYPE, invoiceNumber);
  }

  private static ReceivableData normalized(ReceivableData data) {
    return new ReceivableData(data.invoiceNumber().trim(), data.customerInn().trim(), data.customerName().trim(),
        data.managerId().trim(), data.amount().setScale(2), data.currency(), data.issueDate(), data.dueDate(),
        data.customerEmail() == null || data.customerEmail().isBlank() ? null : data.customerEmail().trim());
  }

  private static boolean sameContent(ReceivableData a, ReceivableData b) {
    return a.invoiceNumber().equals(b.invoiceNumber()) && a.customerInn().equals(b.customerInn())
        && a.customerName().equals(b.customerName()) && a.managerId().equals(b.managerId())
        && a.amount().compareTo(b.amount()) == 0 && a.currency().equals(b.currency())
        && a.issueDate().equals(b.issueDate()) && a.dueDate().equals(b.dueDate())
        && Objects.equals(a.customerEmail(), b.customerEmail());
  }
}
