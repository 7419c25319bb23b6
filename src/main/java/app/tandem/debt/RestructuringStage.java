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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Restructuring: a payment schedule agreed with the customer, each instalment checked after its date. */
@Service
public class RestructuringStage {

  private final DebtCases cases;
  private final InstalmentRepository instalments;
  private final DebtDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  RestructuringStage(DebtCases cases, InstalmentRepository instalments, DebtDeadlines deadlines,
      WorkingDayCalendar calendar, Clock clock) {
    this.cases = cases;
    this.instalments = instalments;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
  }

  public record InstalmentData(LocalDate dueOn, BigDecimal amount) {
  }

  /** Agrees a payment schedule: dates from today on, ascending, amounts positive and summing to the balance. */
  @Transactional
  public void agreeSchedule(String invoiceNumber, List<InstalmentData> schedule, String actor) {
    var receivable = cases.get(invoiceNumber);
    if (schedule == null || schedule.isEmpty()) {
      throw InvalidRequestException.of("instalments", "Add at least one instalment with a date and an amount");
    }
    List<FieldProblem> problems = new ArrayList<>();
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
    cases.record(invoiceNumber, actor, "RESTRUCTURED", ReceivableStatus.RESTRUCTURED.name(), schedule.size()
        + " instalment(s) from " + schedule.get(0).dueOn() + " to " + schedule.get(schedule.size() - 1).dueOn());
  }

  /**
   * Checks the instalments due by today (after grace): paid when the balance came down by their
   * running total since the schedule was agreed. Every instalment in, yet a balance left (a reversed
   * payment, say), is not paid: the head of sales decides.
   *
   * @return whether the schedule is kept so far
   */
  @Transactional
  public boolean checkInstalments(String invoiceNumber) {
    var receivable = cases.get(invoiceNumber);
    BigDecimal paidSince = receivable.getScheduleBalance().subtract(receivable.getBalance());
    LocalDate today = calendar.today();
    BigDecimal due = BigDecimal.ZERO;
    boolean allPaid = true;
    boolean moreToCome = false;
    for (Instalment instalment : instalments.findByInvoiceNumberOrderBySeq(invoiceNumber)) {
      if (deadlines.instalmentCheckDay(instalment.getDueOn()).isAfter(today)) {
        moreToCome = true;
        continue;
      }
      due = due.add(instalment.getAmount());
      boolean paid = paidSince.compareTo(due) >= 0;
      if (instalment.getStatus() == Instalment.Status.OPEN) {
        instalment.mark(paid ? Instalment.Status.PAID : Instalment.Status.MISSED);
        cases.record(invoiceNumber, "system", paid ? "INSTALMENT_PAID" : "INSTALMENT_MISSED", null, "Instalment "
            + instalment.getSeq() + ": " + new Money(instalment.getAmount(), receivable.getCurrency()).display()
            + " due " + Dates.show(instalment.getDueOn()));
      }
      allPaid &= paid;
    }
    return allPaid && (moreToCome || receivable.getBalance().signum() == 0);
  }
}
