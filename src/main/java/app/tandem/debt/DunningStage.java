package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.history.PeopleNames;
import app.tandem.common.time.BusinessTimeZone;
import app.tandem.common.time.Dates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first stage of an overdue invoice: it becomes overdue, the dunning policy (DMN
 * {@code dunning-policy}) chooses reminders or the manager's call, reminders are counted.
 */
@Service
public class DunningStage {

  private static final Logger LOG = LoggerFactory.getLogger(DunningStage.class);

  private final DebtCases cases;
  private final ReceivableRepository receivables;
  private final PaymentPromiseRepository promises;
  private final DebtDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final BusinessTimeZone zone;
  private final DebtProperties properties;
  private final PeopleNames people;
  private final Clock clock;

  DunningStage(DebtCases cases, ReceivableRepository receivables, PaymentPromiseRepository promises,
      DebtDeadlines deadlines, WorkingDayCalendar calendar, BusinessTimeZone zone, DebtProperties properties,
      PeopleNames people, Clock clock) {
    this.cases = cases;
    this.receivables = receivables;
    this.promises = promises;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.zone = zone;
    this.properties = properties;
    this.people = people;
    this.clock = clock;
  }

  /** What the dunning policy decides on. */
  public record DunningFacts(int daysOverdue, BigDecimal balance, String currency, int remindersSent,
      int brokenPromises, int failedContacts) {
  }

  /** Marks every invoice that became overdue before {@code today} and returns their numbers (each only once). */
  @Transactional
  public List<String> markNewlyOverdue(LocalDate today) {
    List<String> numbers = new ArrayList<>();
    for (Receivable receivable : receivables.findBecameOverdue(today)) {
      receivable.moveTo(ReceivableStatus.OVERDUE, clock.instant());
      cases.record(receivable.getInvoiceNumber(), "system", "BECAME_OVERDUE", ReceivableStatus.OVERDUE.name(),
          "Due " + Dates.show(receivable.getDueDate()) + ", balance " + receivable.balanceMoney().display());
      numbers.add(receivable.getInvoiceNumber());
    }
    if (!numbers.isEmpty()) {
      LOG.info("{} invoice(s) became overdue: {}", numbers.size(), numbers);
    }
    return numbers;
  }

  /** The invoice's days overdue, balance, reminders, the customer's promises broken lately and failed calls. */
  @Transactional(readOnly = true)
  public DunningFacts dunningFacts(String invoiceNumber) {
    var receivable = cases.get(invoiceNumber);
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
    cases.get(invoiceNumber).reminderSent(clock.instant());
    if (recipient == null) {
      cases.record(invoiceNumber, "system", "REMINDER_" + level + "_NOT_SENT", null,
          "Not reminded: the customer has no e-mail address (add one in the counterparty directory)");
    } else {
      cases.record(invoiceNumber, "system", "REMINDER_" + level + "_SENT", null, "To " + recipient);
    }
  }

  /**
   * Keeps the dunning policy's step for the invoice. A call hands the invoice to its manager with the
   * contact deadline: the invoice is {@code CONTACTING}.
   */
  @Transactional
  public void dunningDecided(String invoiceNumber, String action, int waitDays, String reason) {
    var receivable = cases.get(invoiceNumber);
    receivable.dunningDecided(action, waitDays, reason, clock.instant());
    if (OverdueDebtEscalationProcess.CALL.equals(action)) {
      receivable.contactDueBy(deadlines.contactDeadline(), clock.instant());
      cases.move(invoiceNumber, ReceivableStatus.CONTACTING, "system", "CONTACT_ASSIGNED", "To "
          + people.displayName(receivable.getManagerId()) + ", by "
          + Dates.show(receivable.getContactDue().atZone(zone.zone()).toLocalDate()));
    }
  }
}
