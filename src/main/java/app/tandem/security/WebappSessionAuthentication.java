package app.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same login as the webapps for Tandem's API: a request to {@code /api} without credentials but with
 * the session of a Tasklist (or Cockpit) login acts as that user, with the groups the webapps resolved —
 * so that Tandem's pages and the documents linked from task forms open without a second login.
 *
 * <p>A session is sent by the browser on its own, so changes made with it need proof that they come from
 * Tandem's pages: the {@value #CSRF_HEADER} header with the session's token ({@code GET /api/session}
 * hands it to the page; another site can neither read it nor set the header without the browser's
 * consent). HTTP Basic calls (other systems) need no token. {@code /engine-rest} stays HTTP Basic only.
 */
final class WebappSessionAuthentication extends OncePerRequestFilter {

  static final String CSRF_HEADER = "X-Tandem-Csrf";
  static final String CSRF_SESSION_ATTRIBUTE = "TANDEM_CSRF_TOKEN";
  /** Where Camunda's webapps keep their logins (AuthenticationUtil's session key). */
  private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";
  private static final String ENGINE = "default";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/api") || path.startsWith("/api/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getHeader("Authorization") != null) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    UserAuthentication user = session == null ? null : webappUser(session);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE.contains(request.getMethod()) && !tokenMatches(session, request.getHeader(CSRF_HEADER))) {
      ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
          "A change made with a browser session needs the page's " + CSRF_HEADER + " token (GET /api/session)");
      return;
    }
    var authorities = user.getGroupIds() == null ? java.util.List.<SimpleGrantedAuthority>of()
        : user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static UserAuthentication webappUser(HttpSession session) {
    try {
      return session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications authentications
          && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
          ? user : null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  /** The session's token for Tandem's pages (created on first use). */
  static String token(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
      if (token == null) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(CSRF_SESSION_ATTRIBUTE, token);
      }
      return token.toString();
    }
  }

  private static boolean tokenMatches(HttpSession session, String sent) {
    Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    return sent != null && expected != null && MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
