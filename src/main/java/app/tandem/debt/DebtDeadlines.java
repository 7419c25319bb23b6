package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.time.BusinessTimeZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deadline of the escalation, in working days of the business calendar from
 * {@code tandem.debt.*}: the {@link Date} methods are read by the models when a task or timer is
 * created ({@code camunda:dueDate="${debtDeadlines.contact(execution.processBusinessKey)}"}), the
 * {@link Instant} ones by the stages.
 */
@Component("debtDeadlines")
public class DebtDeadlines {

  private final DebtCases cases;
  private final InstalmentRepository instalments;
  private final WorkingDayCalendar calendar;
  private final BusinessTimeZone zone;
  private final DebtProperties properties;
  private final Clock clock;

  DebtDeadlines(DebtCases cases, InstalmentRepository instalments, WorkingDayCalendar calendar, BusinessTimeZone zone,
      DebtProperties properties, Clock clock) {
    this.cases = cases;
    this.instalments = instalments;
    this.calendar = calendar;
    this.zone = zone;
    this.properties = properties;
    this.clock = clock;
  }

  // ---- for the models ----

  /** The end of the business day after the configured working days to decide. */
  public Date decision() {
    return Date.from(decisionDeadline());
  }

  /** By when the manager is to reach the customer (the dunning policy's call or the head's new deadline). */
  @Transactional(readOnly = true)
  public Date contact(String invoiceNumber) {
    var due = cases.get(invoiceNumber).getContactDue();
    return Date.from(due != null ? due : contactDeadline());
  }

  /** The end of the wait after a reminder: the dunning step's working days from now. */
  @Transactional(readOnly = true)
  public Date afterReminder(String invoiceNumber) {
    return calendar.from(Date.from(clock.instant()), cases.get(invoiceNumber).getDunningWaitDays());
  }

  /** The morning after the open promise's date and the grace days. */
  @Transactional(readOnly = true)
  public Date promiseCheck(String invoiceNumber) {
    var promise = cases.openPromise(invoiceNumber);
    return Date.from(promiseCheck(promise.getPromisedOn()));
  }

  /** The morning after the next instalment's date not yet checked and the grace days. */
  @Transactional(readOnly = true)
  public Date instalmentCheck(String invoiceNumber) {
    var next = instalments.findByInvoiceNumberOrderBySeq(invoiceNumber).stream()
        .filter(instalment -> instalment.getStatus() == Instalment.Status.OPEN).findFirst()
        .orElseThrow(() -> new IllegalStateException("Invoice " + invoiceNumber + " has no open instalment"));
    return Date.from(instalmentCheck(next.getDueOn()));
  }

  /** The morning the statutory answer period of the pre-trial claim is over. */
  @Transactional(readOnly = true)
  public Date claimAnswer(String invoiceNumber) {
    var sentOn = cases.get(invoiceNumber).getClaimSentOn();
    if (sentOn == null) {
      throw new IllegalStateException("Invoice " + invoiceNumber + " has no pre-trial claim sent");
    }
    return Date.from(zone.morningOf(claimAnswerDue(sentOn)));
  }

  // ---- for the stages ----

  /** The manager's deadline to reach the customer: the end of the business day in the configured working days. */
  public Instant contactDeadline() {
    return zone.endOf(calendar.plusWorkingDays(calendar.today(), properties.contactWorkingDays()));
  }

  /** The head of sales' deadline to decide. */
  public Instant decisionDeadline() {
    return zone.endOf(calendar.plusWorkingDays(calendar.today(), properties.decisionWorkingDays()));
  }

  /** When a promise to pay by {@code promisedOn} is checked: the morning after it plus the grace days. */
  public Instant promiseCheck(LocalDate promisedOn) {
    return zone.morningOf(calendar.plusWorkingDays(promisedOn, properties.promiseGraceWorkingDays()));
  }

  /** The day an instalment due on {@code dueOn} is checked: its date plus the grace working days. */
  public LocalDate instalmentCheckDay(LocalDate dueOn) {
    return calendar.plusWorkingDays(dueOn, properties.instalmentGraceWorkingDays());
  }

  /** When an instalment due on {@code dueOn} is checked: the morning of its check day. */
  public Instant instalmentCheck(LocalDate dueOn) {
    return zone.morningOf(instalmentCheckDay(dueOn));
  }

  /** The last day of the customer's statutory answer to a claim sent on {@code sentOn}. */
  public LocalDate claimAnswerDue(LocalDate sentOn) {
    return sentOn.plusDays(properties.claimAnswerDays());
  }
}
