package app.tandem.security;

import app.tandem.common.error.EngineApiErrors;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against the Camunda identity
 *       service, stateless; 401 without valid credentials. {@code /api/**} also accepts the session of a
 *       webapp login (Tandem's pages, document links), with a page token for changes. The engine then runs every call as the
 *       caller, with authorization checks on; Tandem's endpoints add role checks (403).</li>
 *   <li>{@code /actuator/health} and {@code /actuator/info} are open (component states only;
 *       details for administrators); nothing else of Actuator is exposed.</li>
 *   <li>Everything else is the Camunda webapps, which authenticate with their own session login
 *       and CSRF protection.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /** Filter order: after Spring Security (-100), before the webapps' own filters. */
  static final int ERROR_CONTRACT_ORDER = -60;
  static final int ENGINE_AUTHENTICATION_ORDER = -50;
  static final int REQUEST_GUARD_ORDER = -40;

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        // Tandem's pages and the documents linked from forms use the webapps' login (session + page token)
        .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(unauthorized())
            .accessDeniedHandler(forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(path("/actuator/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/actuator/info"))
            .permitAll()
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * A request Spring Security's firewall refuses (a header with control or non-ASCII characters, an
   * encoded slash in the path) is a 400 problem naming the header, not a 500.
   */
  @Bean
  org.springframework.security.web.firewall.RequestRejectedHandler requestRejected() {
    return (request, response, exception) -> {
      var problem = app.tandem.common.error.Problems.of(exception, request.getRequestURI());
      response.setStatus(problem.getStatus());
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      var body = new java.util.LinkedHashMap<String, Object>();
      body.put("type", "about:blank");
      body.put("title", problem.getTitle());
      body.put("status", problem.getStatus());
      body.put("detail", problem.getDetail());
      body.putAll(problem.getProperties() == null ? java.util.Map.of() : problem.getProperties());
      new com.fasterxml.jackson.databind.ObjectMapper().writeValue(response.getOutputStream(), body);
    };
  }

  /** The Camunda webapps (Tasklist, Cockpit, Admin) secure themselves: session login and CSRF. */
  @Bean
  @Order(3)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }

  /** Runs engine calls of authenticated requests as the caller, with the caller's groups. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("tandem-engine-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityEngineAuthentication.class.getName()));
    registration.setOrder(ENGINE_AUTHENTICATION_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(
      @org.springframework.beans.factory.annotation.Value("${tandem.security.hsts:false}") boolean hsts) {
    var registration = new FilterRegistrationBean<>(new SecurityHeaders(hsts));
    registration.addUrlPatterns("/*");
    registration.setOrder(Integer.MIN_VALUE + 10);
    return registration;
  }

  /** The error contract on the engine's APIs: every error answer as problem+json, never internals. */
  @Bean
  FilterRegistrationBean<EngineApiErrors> engineApiErrors() {
    var registration = new FilterRegistrationBean<>(new EngineApiErrors());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ERROR_CONTRACT_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
    var registration = new FilterRegistrationBean<>(new ExpressionQueryGuard());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(REQUEST_GUARD_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LastAdministratorGuard> lastAdministratorGuard(IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new LastAdministratorGuard(identity));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(REQUEST_GUARD_ORDER);
    return registration;
  }

  /** The webapps' login form is slowed down after wrong passwords as the APIs are. */
  @Bean
  FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(new WebappLoginThrottle(throttle));
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(REQUEST_GUARD_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupBlock> adminSetupBlock() {
    var registration = new FilterRegistrationBean<>(new AdminSetupBlock());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(REQUEST_GUARD_ORDER);
    return registration;
  }

  /**
   * A path matcher independent of Spring MVC: {@code /engine-rest} is served by the engine's Jersey
   * servlet, which MVC-based matchers do not see.
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      if (exception instanceof LoginThrottledException throttled) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
        ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
        return;
      }
      if (request.getHeader("X-Requested-With") == null) {
        // a page's script handles the 401 itself (it sends the user to the login); no browser dialog for it
        response.setHeader("WWW-Authenticate", "Basic realm=\"Tandem\"");
      }
      ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
          "Authentication required: send HTTP Basic credentials of a Tandem user.");
    };
  }

  private static AccessDeniedHandler forbidden() {
    return (request, response, exception) -> ProblemResponses.write(request, response,
        HttpStatus.FORBIDDEN, "Your role does not allow this request.");
  }
}
