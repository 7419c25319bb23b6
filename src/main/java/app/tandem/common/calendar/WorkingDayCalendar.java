package app.tandem.common.calendar;

import app.tandem.common.time.BusinessTimeZone;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Working days in the business time zone: weekends and configured public holidays are skipped.
 * Models use it for due dates and timers, e.g. {@code camunda:dueDate="${workingDays.from(now(), 2)}"}.
 */
@Component("workingDays")
public class WorkingDayCalendar {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final Set<MonthDay> annualHolidays;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekends;
  private final BusinessTimeZone zone;
  private final Clock clock;

  public WorkingDayCalendar(CalendarProperties properties, BusinessTimeZone zone, Clock clock) {
    this.annualHolidays = properties.annualHolidays().stream()
        .map(day -> MonthDay.parse(day, MONTH_DAY)).collect(Collectors.toUnmodifiableSet());
    this.holidays = new HashSet<>(properties.holidays());
    this.workingWeekends = new HashSet<>(properties.workingWeekends());
    this.zone = zone;
    this.clock = clock;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (workingWeekends.contains(date)) {
      return true;
    }
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !holidays.contains(date) && !annualHolidays.contains(MonthDay.from(date));
  }

  /** The date {@code days} working days after {@code date} (0: the date itself). */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate result = date;
    for (int counted = 0; counted < days; ) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /** The first working day on or after {@code date}. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate result = date;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** For models: the instant {@code days} working days after {@code start}, at the same local time. */
  public Date from(Date start, int days) {
    ZonedDateTime local = start.toInstant().atZone(zone.zone());
    LocalDate date = plusWorkingDays(local.toLocalDate(), days);
    return Date.from(local.with(date).toInstant());
  }

  /** Today in the business time zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone.zone()));
  }
}
