package app.tandem.common.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tandem's pages (META-INF/resources/tandem: the directory, the registry, cases, reports, administration)
 * at {@code /tandem/}. They are static; every datum comes from the API with the Tasklist login.
 */
@Configuration(proxyBeanMethods = false)
class TandemPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/tandem", "/tandem/");
    registry.addViewController("/tandem/").setViewName("forward:/tandem/index.html");
  }
}
