package app.tandem.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The time zone in which dates are shown to people and working days are counted. */
public record BusinessTimeZone(ZoneId zone) {

  /**
   * A business time of day in the server's default time zone, for cron cycles (the engine reads cron
   * in the server's zone; the business zone, Moscow, keeps no daylight saving time).
   */
  public LocalTime serverTime(LocalTime businessTime) {
    return LocalDate.now(zone).atTime(businessTime).atZone(zone).withZoneSameInstant(ZoneId.systemDefault())
        .toLocalTime();
  }

  /** The start of the business day {@code date}: 09:00 in the business time zone. */
  public Instant morningOf(LocalDate date) {
    return date.atTime(9, 0).atZone(zone).toInstant();
  }

  /** The end of the business day {@code date}: 18:00 in the business time zone. */
  public Instant endOf(LocalDate date) {
    return date.atTime(18, 0).atZone(zone).toInstant();
  }
}
