package app.tandem.common.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The business calendar: Saturdays and Sundays are days off, and so are
 * {@code tandem.calendar.annual-holidays} ("MM-DD", every year) and {@code holidays} (dated, e.g.
 * transferred days off); {@code working-weekends} are Saturdays or Sundays declared working days.
 */
@ConfigurationProperties("tandem.calendar")
public record CalendarProperties(List<String> annualHolidays, List<LocalDate> holidays, List<LocalDate> workingWeekends) {

  public CalendarProperties {
    annualHolidays = annualHolidays == null ? List.of() : List.copyOf(annualHolidays);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    workingWeekends = workingWeekends == null ? List.of() : List.copyOf(workingWeekends);
  }
}
