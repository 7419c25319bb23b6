package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) under the same
 * {@link LoginThrottle} as HTTP Basic: throttled attempts get 429 with {@code Retry-After} before the
 * password is checked; the answer decides whether a failure or a success is counted.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

  private static final int MAX_BODY = 16 * 1024;

  private final LoginThrottle throttle;

  WebappLoginThrottle(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY);
    String user = CachedBodyRequest.formField(new String(body, StandardCharsets.UTF_8), "username");
    String address = request.getRemoteAddr();
    var wait = throttle.waitBeforeAttempt(user, address);
    if (wait.isPresent()) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
      ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
          "Too many failed logins from this address: try again in " + Math.max(1, wait.get().toSeconds()) + " s");
      return;
    }
    chain.doFilter(CachedBodyRequest.withFormParameters(request, body), response);
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      throttle.succeeded(user, address);
    } else if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address); // a wrong password (403 is a right password for an app the user may not use)
    }
  }

}
