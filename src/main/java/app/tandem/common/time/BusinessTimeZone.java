package app.tandem.common.time;

import java.time.ZoneId;

/** The time zone in which dates are shown to people and working days are counted. */
public record BusinessTimeZone(ZoneId zone) {
}
