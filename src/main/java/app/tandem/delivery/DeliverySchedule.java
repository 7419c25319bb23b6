package app.tandem.delivery;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.time.BusinessTimeZone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The delivery day's clock, for the models and the services: when the daily list is made, which day
 * an order can go out next, when "Deliver order" is due and when an order counts as late. Times are
 * {@code tandem.delivery.*} in the business time zone.
 */
@Component("deliverySchedule")
public class DeliverySchedule {

  private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("EEEE dd.MM.yyyy", Locale.ENGLISH);

  private final DeliveryProperties properties;
  private final WorkingDayCalendar calendar;
  private final BusinessTimeZone zone;
  private final Clock clock;

  DeliverySchedule(DeliveryProperties properties, WorkingDayCalendar calendar, BusinessTimeZone zone, Clock clock) {
    this.properties = properties;
    this.calendar = calendar;
    this.zone = zone;
    this.clock = clock;
  }

  /** Every day at the list time (the process skips days off); cron in the server's time zone. */
  public String listCycle() {
    LocalTime at = zone.serverTime(properties.listTime());
    return "0 " + at.getMinute() + " " + at.getHour() + " * * ?";
  }

  /** The day a list made today delivers on: the next working day. */
  public LocalDate listDeliveryDate() {
    return calendar.plusWorkingDays(calendar.today(), 1);
  }

  /**
   * The first day an order checked now can go out: the next working day when today's list is still to
   * be made, else the working day after.
   */
  public LocalDate nextDeliveryDate() {
    LocalDate today = calendar.today();
    boolean listStillToCome = calendar.isWorkingDay(today)
        && ZonedDateTime.now(clock.withZone(zone.zone())).toLocalTime().isBefore(properties.listTime());
    LocalDate listDay = listStillToCome ? today : calendar.plusWorkingDays(today, 1);
    return calendar.plusWorkingDays(listDay, 1);
  }

  /** The last day the order may go out early: {@code earlyDeliveryWorkingDays} before this delivery date is fine. */
  public LocalDate latestRequestedDateFor(LocalDate deliveryDate) {
    return calendar.plusWorkingDays(deliveryDate, properties.earlyDeliveryWorkingDays());
  }

  /** When an order requested for this date is reported late if still not delivered: the next day at the late-check time. */
  public Date lateAt(LocalDate requestedDate) {
    return Date.from(requestedDate.plusDays(1).atTime(properties.lateCheckTime()).atZone(zone.zone()).toInstant());
  }

  /** When "Deliver order" is due: the end of the delivery day. */
  public Date deliveryDue(LocalDate deliveryDate) {
    return Date.from(deliveryDate.atTime(properties.deliveryDayEnd()).atZone(zone.zone()).toInstant());
  }

  /** From when "Deliver order" shows under "Today's deliveries": the start of the delivery day. */
  public Date deliveryFollowUp(LocalDate deliveryDate) {
    return Date.from(deliveryDate.atStartOfDay(zone.zone()).toInstant());
  }

  /** The head of sales approves a list before its delivery day starts. */
  public Date listApprovalDue(String businessKey) {
    return deliveryFollowUp(DeliveryListProcess.listDate(businessKey));
  }

  /** When an order kept waiting on credit hold is looked at again. */
  public Date holdRecheck() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone.zone()));
    return Date.from(now.with(calendar.plusWorkingDays(now.toLocalDate(), properties.holdRecheckWorkingDays()))
        .toInstant());
  }

  public ZoneId zone() {
    return zone.zone();
  }

  public static String title(LocalDate date) {
    return TITLE.format(date);
  }
}
