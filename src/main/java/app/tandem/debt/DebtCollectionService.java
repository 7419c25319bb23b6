package app.tandem.debt;

import app.tandem.common.time.Dates;
import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.process.FormValues;
import app.tandem.common.time.BusinessTimeZone;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of collecting an overdue invoice: what the dunning policy needs to know, the manager's
 * contact outcomes, the head of sales' decisions, legal action, restructuring and write-off. Every
 * step validates what people entered, moves the invoice's status and writes its history. Knows
 * nothing about the engine: the delegates of {@code overdue-debt-escalation} call it.
 */
@Service
public class DebtCollectionService {

  private static final Logger LOG = LoggerFactory.getLogger(DebtCollectionService.class);
  static final Set<ReceivableStatus> CLOSED = EnumSet.of(ReceivableStatus.SETTLED, ReceivableStatus.WRITTEN_OFF);
  static final Set<ReceivableStatus> HARD = EnumSet.of(ReceivableStatus.ESCALATED, ReceivableStatus.IN_LEGAL,
      ReceivableStatus.RESTRUCTURED);

  private final ReceivableRepository receivables;
  private final PaymentPromiseRepository promises;
  private final InstalmentRepository instalments;
  private final CounterpartyDirectory directory;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;
  private final BusinessTimeZone zone;
  private final DebtProperties properties;
  private final Clock clock;
  private final app.tandem.common.history.PeopleNames people;

  DebtCollectionService(ReceivableRepository receivables, PaymentPromiseRepository promises,
      InstalmentRepository instalments, CounterpartyDirectory directory, CaseHistory history,
      WorkingDayCalendar calendar, BusinessTimeZone zone, DebtProperties properties, Clock clock,
      app.tandem.common.history.PeopleNames people) {
    this.people = people;
    this.receivables = receivables;
    this.promises = promises;
    this.instalments = instalments;
    this.directory = directory;
    this.history = history;
    this.calendar = calendar;
    this.zone = zone;
    this.properties = properties;
    this.clock = clock;
  }

  /** What the dunning policy (DMN {@code dunning-policy}) decides on. */
  public record DunningFacts(int daysOverdue, BigDecimal balance, String currency, int remindersSent,
      int brokenPromises, int failedContacts) {
  }

  public enum ContactOutcome { PROMISED, DISPUTED, UNREACHABLE }

  public enum Decision { NEW_DEADLINE, RESTRUCTURE, LEGAL, WRITE_OFF }

  public enum LegalDecision { FILE, RETURN, WRITE_OFF }

  public record InstalmentData(LocalDate dueOn, BigDecimal amount) {
  }

  /** An instalment check: whether everything due so far is paid, and when to look next (null: none left). */
  public record InstalmentCheck(boolean paid, Instant nextCheck) {
  }

  // ---- start and dunning ----

  /** Marks every invoice that became overdue before {@code today} and returns their numbers (each only once). */
  @Transactional
  public List<String> markNewlyOverdue(LocalDate today) {
    List<String> numbers = new ArrayList<>();
    for (Receivable receivable : receivables.findBecameOverdue(today)) {
      receivable.moveTo(ReceivableStatus.OVERDUE, clock.instant());
      history.record(ReceivableService.CASE_TYPE, receivable.getInvoiceNumber(), "system", "BECAME_OVERDUE",
          ReceivableStatus.OVERDUE.name(), "Due " + Dates.show(receivable.getDueDate()) + ", balance "
              + receivable.balanceMoney().display());
      numbers.add(receivable.getInvoiceNumber());
    }
    if (!numbers.isEmpty()) {
      LOG.info("{} invoice(s) became overdue: {}", numbers.size(), numbers);
    }
    return numbers;
  }

  @Transactional(readOnly = true)
  public DunningFacts dunningFacts(String invoiceNumber) {
    var receivable = receivable(invoiceNumber);
    Instant since = ZonedDateTime.now(clock.withZone(zone.zone())).minusMonths(properties.brokenPromiseMonths())
        .toInstant();
    long broken = promises.countByCustomerInnAndOutcomeAndMadeAtAfter(receivable.getCustomerInn(),
        PaymentPromise.Outcome.BROKEN, since);
    return new DunningFacts((int) receivable.daysOverdue(calendar.today()), receivable.getBalance(),
        receivable.getCurrency(), receivable.getRemindersSent(), (int) broken, receivable.getFailedContacts());
  }

  /**
   * The dunning step is taken: a reminder went to {@code recipient}, or — the customer has no e-mail
   * address — nobody was reminded, and the history says so. Either way the step counts, so that the
   * policy moves on (to the manager's call) instead of waiting for a reminder that cannot arrive.
   */
  @Transactional
  public void reminderSent(String invoiceNumber, int level, String recipient) {
    var receivable = receivable(invoiceNumber);
    receivable.reminderSent(clock.instant());
    if (recipient == null) {
      history.record(ReceivableService.CASE_TYPE, invoiceNumber, "system", "REMINDER_" + level + "_NOT_SENT", null,
          "Not reminded: the customer has no e-mail address (add one in the counterparty directory)");
    } else {
      history.record(ReceivableService.CASE_TYPE, invoiceNumber, "system", "REMINDER_" + level + "_SENT", null,
          "To " + recipient);
    }
  }

  /**
   * Keeps the dunning policy's step for the invoice. A call hands the invoice to its manager with the
   * contact deadline: the invoice is {@code CONTACTING}.
   */
  @Transactional
  public void dunningDecided(String invoiceNumber, String action, int waitDays, String reason) {
    var receivable = receivable(invoiceNumber);
    receivable.dunningDecided(action, waitDays, reason, clock.instant());
    if (OverdueDebtEscalationProcess.CALL.equals(action)) {
      receivable.contactDueBy(contactDeadline(), clock.instant());
      move(invoiceNumber, ReceivableStatus.CONTACTING, "system", "CONTACT_ASSIGNED", "To "
          + people.displayName(receivable.getManagerId()) + ", by " + Dates.show(receivable.getContactDue().atZone(zone.zone()).toLocalDate()));
    }
  }

  /** By when the manager is to reach the customer. */
  @Transactional(readOnly = true)
  public Instant contactDue(String invoiceNumber) {
    var due = receivable(invoiceNumber).getContactDue();
    return due != null ? due : contactDeadline();
  }

  @Transactional(readOnly = true)
  public int reminderWaitDays(String invoiceNumber) {
    return receivable(invoiceNumber).getDunningWaitDays();
  }

  /** When to check the open promise: the morning after the promised date plus the grace days. */
  @Transactional(readOnly = true)
  public Instant promiseCheckAt(String invoiceNumber) {
    var promise = promises.findFirstByInvoiceNumberAndOutcomeOrderByIdDesc(invoiceNumber, PaymentPromise.Outcome.OPEN)
        .orElseThrow(() -> new IllegalStateException("Invoice " + invoiceNumber + " has no open promise"));
    return morningOf(calendar.plusWorkingDays(promise.getPromisedOn(), properties.promiseGraceWorkingDays()));
  }

  /** When to check the next instalment not yet checked: the morning after its date plus the grace days. */
  @Transactional(readOnly = true)
  public Instant nextInstalmentCheckAt(String invoiceNumber) {
    var next = instalments.findByInvoiceNumberOrderBySeq(invoiceNumber).stream()
        .filter(instalment -> instalment.getStatus() == Instalment.Status.OPEN).findFirst()
        .orElseThrow(() -> new IllegalStateException("Invoice " + invoiceNumber + " has no open instalment"));
    return morningOf(calendar.plusWorkingDays(next.getDueOn(), properties.instalmentGraceWorkingDays()));
  }

  /** When the statutory answer period of the pre-trial claim ends. */
  @Transactional(readOnly = true)
  public Instant claimAnswerDueAt(String invoiceNumber) {
    var sentOn = receivable(invoiceNumber).getClaimSentOn();
    if (sentOn == null) {
      throw new IllegalStateException("Invoice " + invoiceNumber + " has no pre-trial claim sent");
    }
    return morningOf(sentOn.plusDays(properties.claimAnswerDays()));
  }

  // ---- the manager's contact ----

  /**
   * Records the promise the customer made. The date may not be in the past and the amount must be
   * positive and at most the balance.
   *
   * @return when to check whether it was kept: the promised date plus the grace days
   */
  @Transactional
  public Instant recordPromise(String invoiceNumber, LocalDate promisedOn, BigDecimal amount, String actor,
      String comment) {
    var receivable = receivable(invoiceNumber);
    List<FieldProblem> problems = new ArrayList<>();
    if (promisedOn == null) {
      problems.add(new FieldProblem("promisedDate", "Enter the date the customer promised to pay by"));
    } else if (promisedOn.isBefore(calendar.today())) {
      problems.add(new FieldProblem("promisedDate", "The promised date " + Dates.show(promisedOn) + " is in the past"));
    }
    String amountProblem = Money.amountProblem(amount);
    if (amountProblem != null) {
      problems.add(new FieldProblem("promisedAmount", amountProblem.replace("Amount", "Promised amount")));
    } else if (amount.compareTo(receivable.getBalance()) > 0) {
      problems.add(new FieldProblem("promisedAmount", "The promised amount is more than the balance "
          + receivable.balanceMoney().display()));
    }
    InvalidRequestException.throwIfAny(FormValues.problemsText(problems), problems);
    promises.save(new PaymentPromise(receivable, promisedOn, amount, clock.instant(), actor));
    receivable.moveTo(ReceivableStatus.PROMISED, clock.instant());
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "PROMISED_TO_PAY",
        ReceivableStatus.PROMISED.name(), new Money(amount, receivable.getCurrency()).display() + " by " + Dates.show(promisedOn)
            + (comment == null ? "" : ". " + comment));
    return morningOf(calendar.plusWorkingDays(promisedOn, properties.promiseGraceWorkingDays()));
  }

  @Transactional
  public void recordDispute(String invoiceNumber, String reason, String actor) {
    InvalidRequestException.requireText("disputeReason", reason, "Say why the customer disputes the invoice");
    var receivable = receivable(invoiceNumber);
    receivable.disputed(reason.trim(), clock.instant());
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "DISPUTED", null, reason.trim());
  }

  @Transactional
  public void recordUnreachable(String invoiceNumber, String actor, String comment) {
    var receivable = receivable(invoiceNumber);
    receivable.contactFailed(clock.instant());
    receivable.moveTo(ReceivableStatus.OVERDUE, clock.instant());
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "COULD_NOT_REACH",
        ReceivableStatus.OVERDUE.name(), comment);
  }

  /** Decides the open promise: kept when the balance came down by the promised amount. */
  @Transactional
  public boolean checkPromise(String invoiceNumber) {
    var receivable = receivable(invoiceNumber);
    var promise = promises.findFirstByInvoiceNumberAndOutcomeOrderByIdDesc(invoiceNumber, PaymentPromise.Outcome.OPEN)
        .orElseThrow(() -> new IllegalStateException("Invoice " + invoiceNumber + " has no open promise"));
    boolean kept = promise.settle(receivable.getBalance());
    if (kept) {
      receivable.moveTo(ReceivableStatus.OVERDUE, clock.instant());
    }
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, "system", kept ? "PROMISE_KEPT" : "PROMISE_BROKEN",
        kept ? ReceivableStatus.OVERDUE.name() : null,
        new Money(promise.getAmount(), receivable.getCurrency()).display() + " promised by " + Dates.show(promise.getPromisedOn()));
    return kept;
  }

  @Transactional
  public void escalate(String invoiceNumber, String reason) {
    move(invoiceNumber, ReceivableStatus.ESCALATED, "system", "ESCALATED", reason);
    LOG.info("Overdue invoice {} escalated to the head of sales: {}", invoiceNumber, reason);
  }

  // ---- the head of sales ----

  /**
   * Records the head of sales' decision. A new deadline must be a date from today on; a write-off
   * needs a reason (finance approves it next).
   *
   * @return the manager's new deadline, for {@link Decision#NEW_DEADLINE}
   */
  @Transactional
  public Instant decide(String invoiceNumber, Decision decision, LocalDate newDeadline, String comment, String actor) {
    if (decision == null) {
      throw InvalidRequestException.of("debtDecision", "Choose what happens next: a new deadline, restructuring, "
          + "legal action or write-off");
    }
    Instant deadline = null;
    if (decision == Decision.NEW_DEADLINE) {
      if (newDeadline == null) {
        throw InvalidRequestException.of("newDeadline", "Give the manager a new deadline");
      }
      if (newDeadline.isBefore(calendar.today())) {
        throw InvalidRequestException.of("newDeadline", "The new deadline " + Dates.show(newDeadline) + " is in the past");
      }
      deadline = endOf(newDeadline);
      receivable(invoiceNumber).contactDueBy(deadline, clock.instant());
    }
    if (decision == Decision.WRITE_OFF && (comment == null || comment.isBlank())) {
      throw InvalidRequestException.of("comment", "Say why the debt should be written off");
    }
    switch (decision) {
      case NEW_DEADLINE -> move(invoiceNumber, ReceivableStatus.CONTACTING, actor, "NEW_DEADLINE",
          "Manager to reach the customer by " + Dates.show(newDeadline) + note(comment));
      case RESTRUCTURE -> history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "TO_RESTRUCTURING", null,
          comment);
      case LEGAL -> history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "TO_LEGAL", null, comment);
      case WRITE_OFF -> history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "WRITE_OFF_PROPOSED", null,
          comment);
    }
    return deadline;
  }

  /** Puts the invoice's customer on credit hold or lifts it, as the head of sales decided on the task. */
  @Transactional
  public void holdCredit(String invoiceNumber, boolean hold, String comment, String actor) {
    var receivable = receivable(invoiceNumber);
    String reason = comment == null || comment.isBlank()
        ? "Overdue invoice " + invoiceNumber + " (" + receivable.balanceMoney().display() + ")" : comment.trim();
    if (directory.holdCredit(receivable.getCustomerInn(), hold, reason, actor)) {
      history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, hold ? "CREDIT_HOLD_SET" : "CREDIT_HOLD_LIFTED",
          null, hold ? reason : null);
    }
  }

  // ---- finance: write-off ----

  @Transactional
  public void recordWriteOffApproval(String invoiceNumber, boolean approved, String comment, String actor) {
    if (!approved && (comment == null || comment.isBlank())) {
      throw InvalidRequestException.of("comment", "Say why the write-off is refused");
    }
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor,
        approved ? "WRITE_OFF_APPROVED" : "WRITE_OFF_REFUSED", null, comment);
  }

  @Transactional
  public void writeOff(String invoiceNumber) {
    var receivable = receivable(invoiceNumber);
    receivable.close(ReceivableStatus.WRITTEN_OFF, calendar.today(), clock.instant());
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, "system", "WRITTEN_OFF",
        ReceivableStatus.WRITTEN_OFF.name(), receivable.balanceMoney().display() + " written off");
    LOG.info("Invoice {} of {} written off: {}", invoiceNumber, receivable.getCustomerName(), receivable.balanceMoney());
  }

  // ---- legal ----

  /**
   * Records the pre-trial claim as sent on {@code sentOn} (not in the future).
   *
   * @return when the statutory wait ends
   */
  @Transactional
  public Instant claimSent(String invoiceNumber, LocalDate sentOn, String actor) {
    if (sentOn == null) {
      throw InvalidRequestException.of("claimSentOn", "Enter the date the claim was sent");
    }
    if (sentOn.isAfter(calendar.today())) {
      throw InvalidRequestException.of("claimSentOn", "The claim cannot be sent in the future (" + Dates.show(sentOn) + ")");
    }
    var receivable = receivable(invoiceNumber);
    receivable.claimSent(sentOn, clock.instant());
    LocalDate answerDue = sentOn.plusDays(properties.claimAnswerDays());
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "CLAIM_SENT", ReceivableStatus.IN_LEGAL.name(),
        "Pre-trial claim sent on " + Dates.show(sentOn) + "; the customer has until " + Dates.show(answerDue));
    return morningOf(answerDue);
  }

  @Transactional
  public void legalDecision(String invoiceNumber, LegalDecision decision, String caseNumber, String court,
      String comment, String actor) {
    if (decision == null) {
      throw InvalidRequestException.of("legalDecision", "Choose: file a lawsuit, return to the head of sales or "
          + "propose a write-off");
    }
    switch (decision) {
      case FILE -> {
        List<FieldProblem> problems = new ArrayList<>();
        if (caseNumber == null || caseNumber.isBlank()) {
          problems.add(new FieldProblem("lawsuitCaseNumber", "Enter the court's case number"));
        }
        if (court == null || court.isBlank()) {
          problems.add(new FieldProblem("court", "Enter the court"));
        }
        InvalidRequestException.throwIfAny(FormValues.problemsText(problems), problems);
        var receivable = receivable(invoiceNumber);
        receivable.lawsuitFiled(caseNumber.trim(), court.trim(), clock.instant());
        history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "LAWSUIT_FILED", null,
            "Case " + caseNumber.trim() + ", " + court.trim() + note(comment));
      }
      case RETURN -> {
        InvalidRequestException.requireText("comment", comment, "Say what the head of sales should know");
        move(invoiceNumber, ReceivableStatus.ESCALATED, actor, "RETURNED_BY_LEGAL", comment);
      }
      case WRITE_OFF -> {
        InvalidRequestException.requireText("comment", comment, "Say why the debt cannot be recovered");
        history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "WRITE_OFF_PROPOSED", null, comment);
      }
    }
  }

  // ---- restructuring ----

  /**
   * Agrees a payment schedule: dates from today on, ascending, amounts positive and summing to the
   * balance.
   *
   * @return when to check the first instalment
   */
  @Transactional
  public Instant agreeSchedule(String invoiceNumber, List<InstalmentData> schedule, String actor) {
    var receivable = receivable(invoiceNumber);
    List<FieldProblem> problems = new ArrayList<>();
    if (schedule == null || schedule.isEmpty()) {
      throw InvalidRequestException.of("instalments", "Add at least one instalment with a date and an amount");
    }
    BigDecimal sum = BigDecimal.ZERO;
    LocalDate previous = null;
    for (int i = 0; i < schedule.size(); i++) {
      var instalment = schedule.get(i);
      String field = "instalments[" + i + "]";
      if (instalment.dueOn() == null) {
        problems.add(new FieldProblem(field + ".dueDate", "Instalment " + (i + 1) + " needs a date"));
      } else if (instalment.dueOn().isBefore(calendar.today())) {
        problems.add(new FieldProblem(field + ".dueDate", "Instalment " + (i + 1) + " is dated in the past"));
      } else if (previous != null && !instalment.dueOn().isAfter(previous)) {
        problems.add(new FieldProblem(field + ".dueDate", "Instalment " + (i + 1) + " must be later than the one before"));
      }
      String amountProblem = Money.amountProblem(instalment.amount());
      if (amountProblem != null) {
        problems.add(new FieldProblem(field + ".amount", "Instalment " + (i + 1) + ": " + amountProblem));
      } else {
        sum = sum.add(instalment.amount());
      }
      if (instalment.dueOn() != null) {
        previous = instalment.dueOn();
      }
    }
    if (problems.isEmpty() && sum.compareTo(receivable.getBalance()) != 0) {
      problems.add(new FieldProblem("instalments", "The instalments sum to "
          + new Money(sum, receivable.getCurrency()).display() + ", the balance is "
          + receivable.balanceMoney().display()));
    }
    InvalidRequestException.throwIfAny(FormValues.problemsText(problems), problems);
    instalments.deleteByInvoiceNumber(invoiceNumber);
    instalments.flush();
    for (int i = 0; i < schedule.size(); i++) {
      instalments.save(new Instalment(invoiceNumber, i + 1, schedule.get(i).dueOn(), schedule.get(i).amount()));
    }
    receivable.restructured(clock.instant());
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, "RESTRUCTURED",
        ReceivableStatus.RESTRUCTURED.name(), schedule.size() + " instalment(s) from " + schedule.get(0).dueOn()
            + " to " + schedule.get(schedule.size() - 1).dueOn());
    return morningOf(calendar.plusWorkingDays(schedule.get(0).dueOn(), properties.instalmentGraceWorkingDays()));
  }

  /**
   * Checks the instalments due by today (after grace): paid when the balance came down by their
   * running total since the schedule was agreed.
   */
  @Transactional
  public InstalmentCheck checkInstalments(String invoiceNumber) {
    var receivable = receivable(invoiceNumber);
    BigDecimal paidSince = receivable.getScheduleBalance().subtract(receivable.getBalance());
    LocalDate today = calendar.today();
    BigDecimal due = BigDecimal.ZERO;
    boolean allPaid = true;
    Instalment next = null;
    for (Instalment instalment : instalments.findByInvoiceNumberOrderBySeq(invoiceNumber)) {
      LocalDate checkOn = calendar.plusWorkingDays(instalment.getDueOn(), properties.instalmentGraceWorkingDays());
      if (checkOn.isAfter(today)) {
        if (next == null) {
          next = instalment;
        }
        continue;
      }
      due = due.add(instalment.getAmount());
      boolean paid = paidSince.compareTo(due) >= 0;
      if (instalment.getStatus() == Instalment.Status.OPEN) {
        instalment.mark(paid ? Instalment.Status.PAID : Instalment.Status.MISSED);
        history.record(ReceivableService.CASE_TYPE, invoiceNumber, "system",
            paid ? "INSTALMENT_PAID" : "INSTALMENT_MISSED", null, "Instalment " + instalment.getSeq() + ": "
                + new Money(instalment.getAmount(), receivable.getCurrency()).display() + " due " + Dates.show(instalment.getDueOn()));
      }
      allPaid &= paid;
    }
    if (allPaid && next == null) {
      // every instalment is in, yet a balance is left (e.g. a reversed payment): the head of sales decides
      allPaid = receivable.getBalance().signum() == 0;
    }
    Instant nextCheck = next == null ? null
        : morningOf(calendar.plusWorkingDays(next.getDueOn(), properties.instalmentGraceWorkingDays()));
    return new InstalmentCheck(allPaid, allPaid ? nextCheck : null);
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
    hard.sort(java.util.Comparator.comparing(Receivable::getDueDate).thenComparing(Receivable::getInvoiceNumber));
    return hard;
  }

  /** The manager's deadline to reach the customer: the end of the business day in the configured working days. */
  public Instant contactDeadline() {
    return endOf(calendar.plusWorkingDays(calendar.today(), properties.contactWorkingDays()));
  }

  /** The head of sales' deadline to decide. */
  public Instant decisionDeadline() {
    return endOf(calendar.plusWorkingDays(calendar.today(), properties.decisionWorkingDays()));
  }

  /** The start of the business day {@code date}, 09:00 in the business time zone. */
  Instant morningOf(LocalDate date) {
    return date.atTime(9, 0).atZone(zone.zone()).toInstant();
  }

  /** The end of the business day {@code date}, 18:00 in the business time zone. */
  Instant endOf(LocalDate date) {
    return date.atTime(18, 0).atZone(zone.zone()).toInstant();
  }

  private Receivable receivable(String invoiceNumber) {
    return receivables.findById(invoiceNumber)
        .orElseThrow(() -> new IllegalStateException("No invoice " + invoiceNumber));
  }

  private void move(String invoiceNumber, ReceivableStatus status, String actor, String event, String comment) {
    var receivable = receivable(invoiceNumber);
    receivable.moveTo(status, clock.instant());
    history.record(ReceivableService.CASE_TYPE, invoiceNumber, actor, event, status.name(), comment);
  }

  private static String note(String comment) {
    return comment == null || comment.isBlank() ? "" : ". " + comment.trim();
  }
}
