package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Response headers every answer carries: no framing by other sites ({@code X-Frame-Options} with the
 * webapps' CSP {@code frame-ancestors 'none'}), no MIME sniffing, no full URLs leaked to other sites
 * ({@code Referrer-Policy}), and — where Tandem is served over HTTPS ({@code tandem.security.hsts},
 * on in {@code prod}) — HSTS, so that browsers never fall back to plain HTTP.
 */
class SecurityHeaders extends OncePerRequestFilter {

  static final String HSTS = "max-age=31536000; includeSubDomains";

  private final boolean hsts;

  SecurityHeaders(boolean hsts) {
    this.hsts = hsts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (hsts) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
