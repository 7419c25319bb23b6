package app.tandem.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the application and the business time zone for what people read. The clock is the
 * engine's ({@link ClockUtil}): the services' "today" and the timers' "now" can never disagree, and a
 * test that moves the engine's time moves the business day with it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock(ZoneOffset.UTC);
  }

  /** The engine's current time as a {@link Clock}. */
  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }

  @Bean
  BusinessTimeZone businessTimeZone(@Value("${tandem.business-time-zone}") String zone) {
    return new BusinessTimeZone(ZoneId.of(zone));
  }
}
