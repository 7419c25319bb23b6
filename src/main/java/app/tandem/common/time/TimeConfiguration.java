package app.tandem.common.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application (tests replace it) and the business time zone for what people read. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  BusinessTimeZone businessTimeZone(@Value("${tandem.business-time-zone}") String zone) {
    return new BusinessTimeZone(ZoneId.of(zone));
  }
}
