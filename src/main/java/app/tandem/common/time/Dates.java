package app.tandem.common.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the office writes them in every text a person reads: {@code 31.12.2026}. The API keeps ISO. */
public final class Dates {

  /** {@code 31.12.2026} */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  /** {@code 31.12.2026 14:30} (in the business time zone: convert before formatting) */
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");

  private Dates() {
  }

  /** The date as people read it; empty for none. */
  public static String show(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
