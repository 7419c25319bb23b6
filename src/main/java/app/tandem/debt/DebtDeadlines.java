package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The escalation's due dates and timers, read from the invoice's tables when the task or timer is
 * created, for the models: {@code camunda:dueDate="${debtDeadlines.contact(execution.processBusinessKey)}"}.
 */
@Component("debtDeadlines")
public class DebtDeadlines {

  private final DebtCollectionService collection;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  DebtDeadlines(DebtCollectionService collection, WorkingDayCalendar calendar, Clock clock) {
    this.collection = collection;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The end of the business day after the configured working days to decide. */
  public Date decision() {
    return Date.from(collection.decisionDeadline());
  }

  /** By when the manager is to reach the customer (the dunning policy's call or the head's new deadline). */
  public Date contact(String invoiceNumber) {
    return Date.from(collection.contactDue(invoiceNumber));
  }

  /** The end of the wait after a reminder: the dunning step's working days from now. */
  public Date afterReminder(String invoiceNumber) {
    return calendar.from(Date.from(clock.instant()), collection.reminderWaitDays(invoiceNumber));
  }

  /** The morning after the promised date and the grace days. */
  public Date promiseCheck(String invoiceNumber) {
    return Date.from(collection.promiseCheckAt(invoiceNumber));
  }

  /** The morning after the next instalment's date and the grace days. */
  public Date instalmentCheck(String invoiceNumber) {
    return Date.from(collection.nextInstalmentCheckAt(invoiceNumber));
  }

  /** The morning the statutory answer period of the pre-trial claim is over. */
  public Date claimAnswer(String invoiceNumber) {
    return Date.from(collection.claimAnswerDueAt(invoiceNumber));
  }
}
