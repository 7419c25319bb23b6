package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.time.BusinessTimeZone;
import app.tandem.common.time.Dates;
import app.tandem.party.CounterpartyDirectory;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The head of sales' decision on an escalated invoice, and the customer's credit hold that goes with it. */
@Service
public class HeadOfSalesStage {

  private final DebtCases cases;
  private final CounterpartyDirectory directory;
  private final WorkingDayCalendar calendar;
  private final BusinessTimeZone zone;
  private final Clock clock;

  HeadOfSalesStage(DebtCases cases, CounterpartyDirectory directory, WorkingDayCalendar calendar,
      BusinessTimeZone zone, Clock clock) {
    this.cases = cases;
    this.directory = directory;
    this.calendar = calendar;
    this.zone = zone;
    this.clock = clock;
  }

  /** What the head of sales decided: the route after {@code Task_DecideOnDebt}. */
  public enum Decision { NEW_DEADLINE, RESTRUCTURE, LEGAL, WRITE_OFF }

  /**
   * Records the head of sales' decision. A new deadline must be a date from today on (the manager has
   * until its end of day); a write-off needs a reason (finance approves it next).
   */
  @Transactional
  public void decide(String invoiceNumber, Decision decision, LocalDate newDeadline, String comment, String actor) {
    if (decision == null) {
      throw InvalidRequestException.of("debtDecision", "Choose what happens next: a new deadline, restructuring, "
          + "legal action or write-off");
    }
    if (decision == Decision.NEW_DEADLINE) {
      if (newDeadline == null) {
        throw InvalidRequestException.of("newDeadline", "Give the manager a new deadline");
      }
      if (newDeadline.isBefore(calendar.today())) {
        throw InvalidRequestException.of("newDeadline", "The new deadline " + Dates.show(newDeadline) + " is in the past");
      }
      cases.get(invoiceNumber).contactDueBy(zone.endOf(newDeadline), clock.instant());
    }
    if (decision == Decision.WRITE_OFF) {
      InvalidRequestException.requireText("comment", comment, "Say why the debt should be written off");
    }
    switch (decision) {
      case NEW_DEADLINE -> cases.move(invoiceNumber, ReceivableStatus.CONTACTING, actor, "NEW_DEADLINE",
          "Manager to reach the customer by " + Dates.show(newDeadline) + DebtCases.note(comment));
      case RESTRUCTURE -> cases.record(invoiceNumber, actor, "TO_RESTRUCTURING", null, comment);
      case LEGAL -> cases.record(invoiceNumber, actor, "TO_LEGAL", null, comment);
      case WRITE_OFF -> cases.record(invoiceNumber, actor, "WRITE_OFF_PROPOSED", null, comment);
    }
  }

  /** Puts the invoice's customer on credit hold or lifts it, as the head of sales decided on the task. */
  @Transactional
  public void holdCredit(String invoiceNumber, boolean hold, String comment, String actor) {
    var receivable = cases.get(invoiceNumber);
    String reason = comment == null || comment.isBlank()
        ? "Overdue invoice " + invoiceNumber + " (" + receivable.balanceMoney().display() + ")" : comment.trim();
    if (directory.holdCredit(receivable.getCustomerInn(), hold, reason, actor)) {
      cases.record(invoiceNumber, actor, hold ? "CREDIT_HOLD_SET" : "CREDIT_HOLD_LIFTED", null, hold ? reason : null);
    }
  }
}
