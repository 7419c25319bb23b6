package app.tandem.common.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tandem's API reads from JSON, strictly: a date only as an ISO string ({@code "2026-12-31"}, never a
 * number of days since 1970), and only the fields a request has — an unknown one is a 400 naming it
 * rather than silently ignored.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder -> builder
        .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .postConfigurer(mapper -> mapper.configOverride(LocalDate.class)
            .setFormat(JsonFormat.Value.forLeniency(false)));
  }
}
