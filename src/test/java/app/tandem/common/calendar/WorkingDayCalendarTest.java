package app.tandem.common.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.common.time.BusinessTimeZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  final WorkingDayCalendar calendar = new WorkingDayCalendar(
      new CalendarProperties(List.of("01-01", "01-02", "01-07", "11-04"),
          List.of(LocalDate.parse("2026-12-31")),          // a transferred day off
          List.of(LocalDate.parse("2026-12-26"))),         // a working Saturday
      new BusinessTimeZone(MOSCOW),
      Clock.fixed(Instant.parse("2026-11-23T21:30:00Z"), ZoneId.of("UTC")));

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      "2026-11-23, 0, 2026-11-23",   // Monday itself
      "2026-11-27, 1, 2026-11-30",   // Friday → Monday
      "2026-11-28, 1, 2026-11-30",   // from Saturday
      "2026-11-03, 1, 2026-11-05",   // 4 November is a public holiday
      "2026-12-25, 1, 2026-12-26",   // the working Saturday counts
      "2026-12-30, 1, 2027-01-04",   // 31 Dec (transferred), 1–2 Jan (holidays), 3 Jan (Sunday)
      "2026-11-20, 5, 2026-11-27"})
  void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
    assertThat(calendar.plusWorkingDays(start, days)).isEqualTo(expected);
  }

  @Test
  void negativeDaysAreRefused() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2026-11-23"), -1))
        .hasMessageContaining("must not be negative");
  }

  @Test
  void knowsWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-24"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-29"))).as("Sunday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-07"))).as("annual holiday, any year").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-26"))).as("working Saturday").isTrue();
    assertThat(calendar.onOrAfter(LocalDate.parse("2026-11-28"))).isEqualTo("2026-11-30");
  }

  @Test
  void countsWorkingDaysBetweenDates() {
    assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"))).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-23"))).isEqualTo(-5);
    assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"))).isZero();
  }

  @Test
  void dueDatesKeepTheLocalTimeInTheBusinessTimeZone() {
    // Friday 27 November, 18:15 in Moscow (15:15 UTC) → Monday 30 November, 18:15 in Moscow
    Date due = calendar.from(Date.from(Instant.parse("2026-11-27T15:15:00Z")), 1);

    assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-11-30T15:15:00Z"));
  }

  @Test
  void lateEveningUtcIsAlreadyTheNextDayInMoscow() {
    // Friday 23:30 UTC is Saturday 02:30 in Moscow: one working day later is Monday 02:30 Moscow
    Date due = calendar.from(Date.from(Instant.parse("2026-11-27T23:30:00Z")), 1);

    assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-11-29T23:30:00Z"));
  }

  @Test
  void todayIsTheBusinessDate() {
    // 21:30 UTC on 23 November is already 24 November in Moscow
    assertThat(calendar.today()).isEqualTo("2026-11-24");
  }
}
