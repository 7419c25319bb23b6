package app.tandem.common.time;

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
}
