package app.tandem.debt;

import app.tandem.common.time.BusinessTimeZone;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The cron cycles of the credit-control timers (scan, ageing report, hard-cases review), from {@code tandem.debt.*} times in the
 * business time zone, converted to the server's zone ({@link BusinessTimeZone#serverTime}).
 */
@Component("debtSchedule")
public class DebtSchedule {

  private final DebtProperties properties;
  private final BusinessTimeZone zone;

  DebtSchedule(DebtProperties properties, BusinessTimeZone zone) {
    this.properties = properties;
    this.zone = zone;
  }

  /** Every day at the scan time (the process skips days off). */
  public String scanCycle() {
    LocalTime at = serverTime(properties.scanTime());
    return "0 " + at.getMinute() + " " + at.getHour() + " * * ?";
  }

  /** Once a week on the report day at the report time. */
  public String reportCycle() {
    ZonedDateTime business = LocalDate.now(zone.zone()).with(java.time.temporal.TemporalAdjusters
        .nextOrSame(properties.reportDay())).atTime(properties.reportTime()).atZone(zone.zone());
    ZonedDateTime server = business.withZoneSameInstant(ZoneId.systemDefault());
    return "0 " + server.getMinute() + " " + server.getHour() + " ? * "
        + server.getDayOfWeek().name().substring(0, 3);
  }

  /** The last day of each month at the review time. */
  public String reviewCycle() {
    LocalTime at = serverTime(properties.reviewTime());
    return "0 " + at.getMinute() + " " + at.getHour() + " L * ?";
  }

  private LocalTime serverTime(LocalTime businessTime) {
    return zone.serverTime(businessTime);
  }
}
