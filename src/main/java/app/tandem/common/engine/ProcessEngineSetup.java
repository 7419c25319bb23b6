package app.tandem.common.engine;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces the starter's engine configuration with {@link TandemProcessEngineConfiguration}. */
@Configuration(proxyBeanMethods = false)
class ProcessEngineSetup {

  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins,
      ModelProperties models, @Value("${tandem.business-time-zone}") ZoneId businessZone) {
    var configuration = new TandemProcessEngineConfiguration(models, businessZone);
    configuration.setProcessEnginePlugins(new ArrayList<>());
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }
}
