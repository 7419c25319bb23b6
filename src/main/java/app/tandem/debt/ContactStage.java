package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.money.Money;
import app.tandem.common.process.FormValues;
import app.tandem.common.time.Dates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's contact with the customer: a promise to pay (checked on its date), a dispute, or
 * nobody reached; a broken promise or a missed deadline escalates the invoice to the head of sales.
 */
@Service
public class ContactStage {

  private static final Logger LOG = LoggerFactory.getLogger(ContactStage.class);

  private final DebtCases cases;
  private final PaymentPromiseRepository promises;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  ContactStage(DebtCases cases, PaymentPromiseRepository promises, WorkingDayCalendar calendar, Clock clock) {
    this.cases = cases;
    this.promises = promises;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What the manager's call came to: the route after {@code Task_ContactCustomer}. */
  public enum ContactOutcome { PROMISED, DISPUTED, UNREACHABLE }

  /**
   * Records the promise the customer made. The date may not be in the past and the amount must be
   * positive and at most the balance.
   */
  @Transactional
  public void recordPromise(String invoiceNumber, LocalDate promisedOn, BigDecimal amount, String actor,
      String comment) {
    var receivable = cases.get(invoiceNumber);
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
    cases.record(invoiceNumber, actor, "PROMISED_TO_PAY", ReceivableStatus.PROMISED.name(),
        new Money(amount, receivable.getCurrency()).display() + " by " + Dates.show(promisedOn)
            + (comment == null ? "" : ". " + comment));
  }

  @Transactional
  public void recordDispute(String invoiceNumber, String reason, String actor) {
    InvalidRequestException.requireText("disputeReason", reason, "Say why the customer disputes the invoice");
    cases.get(invoiceNumber).disputed(reason.trim(), clock.instant());
    cases.record(invoiceNumber, actor, "DISPUTED", null, reason.trim());
  }

  @Transactional
  public void recordUnreachable(String invoiceNumber, String actor, String comment) {
    var receivable = cases.get(invoiceNumber);
    receivable.contactFailed(clock.instant());
    receivable.moveTo(ReceivableStatus.OVERDUE, clock.instant());
    cases.record(invoiceNumber, actor, "COULD_NOT_REACH", ReceivableStatus.OVERDUE.name(), comment);
  }

  /** Decides the open promise: kept when the balance came down by the promised amount. */
  @Transactional
  public boolean checkPromise(String invoiceNumber) {
    var receivable = cases.get(invoiceNumber);
    var promise = cases.openPromise(invoiceNumber);
    boolean kept = promise.settle(receivable.getBalance());
    if (kept) {
      receivable.moveTo(ReceivableStatus.OVERDUE, clock.instant());
    }
    cases.record(invoiceNumber, "system", kept ? "PROMISE_KEPT" : "PROMISE_BROKEN",
        kept ? ReceivableStatus.OVERDUE.name() : null, new Money(promise.getAmount(), receivable.getCurrency())
            .display() + " promised by " + Dates.show(promise.getPromisedOn()));
    return kept;
  }

  /** Hands the invoice to the head of sales. */
  @Transactional
  public void escalate(String invoiceNumber, String reason) {
    cases.move(invoiceNumber, ReceivableStatus.ESCALATED, "system", "ESCALATED", reason);
    LOG.info("Overdue invoice {} escalated to the head of sales: {}", invoiceNumber, reason);
  }
}
