package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the Admin webapp's first-run setup endpoint unreachable. Camunda lets anyone create an
 * administrator there while {@code camunda-admin} has no direct member; Tandem always provisions
 * its administrator at startup, so the endpoint has no legitimate use.
 */
class AdminSetupBlock extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AdminSetupBlock.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException {
    LOG.warn("Refused {} {} (admin setup is disabled) from {}", request.getMethod(),
        request.getRequestURI(), request.getRemoteAddr());
    ProblemResponses.write(request, response, HttpStatus.NOT_FOUND,
        "Not found: the administrator is provisioned at startup.");
  }
}
