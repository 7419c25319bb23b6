package app.tandem.payment;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.time.BusinessTimeZone;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The payment task's due date and priority, from the request's pay-by date, for the model:
 * {@code camunda:dueDate="${paymentDeadlines.payBy(execution.processBusinessKey)}"}.
 */
@Component("paymentDeadlines")
public class PaymentDeadlines {

  private final PaymentRequestService requests;
  private final WorkingDayCalendar calendar;
  private final BusinessTimeZone zone;

  PaymentDeadlines(PaymentRequestService requests, WorkingDayCalendar calendar, BusinessTimeZone zone) {
    this.requests = requests;
    this.calendar = calendar;
    this.zone = zone;
  }

  /** The end of the business day of the pay-by date. */
  public Date payBy(String number) {
    return Date.from(zone.endOf(requests.get(number).fields().payBy()));
  }

  /** 100 when due today or late, then 10 less per working day left, never below 50. */
  public int payPriority(String number) {
    return priority(calendar.workingDaysBetween(calendar.today(), requests.get(number).fields().payBy()));
  }

  static int priority(int workingDaysLeft) {
    return Math.max(50, 100 - 10 * Math.max(0, workingDaysLeft));
  }
}
