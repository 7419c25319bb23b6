package app.tandem.security;

import app.tandem.identity.TandemGroup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps at least one direct member in {@code camunda-admin}. Without one, Camunda's Admin webapp
 * would offer its first-run setup to anyone (blocked by {@link AdminSetupBlock} as well), and
 * nobody could administer Tandem. Refuses, on the engine REST API and the webapps' engine API,
 * deleting the group, removing its last direct member, or deleting that member's user.
 */
class LastAdministratorGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LastAdministratorGuard.class);
  private static final String ADMINS = TandemGroup.Ids.ADMINISTRATORS;
  private static final Pattern GROUP = Pattern.compile(".*/group/" + ADMINS + "/?$");
  private static final Pattern MEMBER = Pattern.compile(".*/group/" + ADMINS + "/members/([^/]+)/?$");
  private static final Pattern USER = Pattern.compile(".*/user/([^/]+)/?$");

  private final IdentityService identity;

  LastAdministratorGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if ("DELETE".equals(request.getMethod())) {
      Optional<String> refusal = refusal(request.getRequestURI());
      if (refusal.isPresent()) {
        LOG.warn("Refused DELETE {} by {}: {}", request.getRequestURI(), request.getRemoteUser(), refusal.get());
        ProblemResponses.write(request, response, HttpStatus.CONFLICT, refusal.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private Optional<String> refusal(String uri) {
    if (GROUP.matcher(uri).matches()) {
      return Optional.of("The " + ADMINS + " group cannot be deleted.");
    }
    Matcher member = MEMBER.matcher(uri);
    Matcher user = USER.matcher(uri);
    String userId = member.matches() ? member.group(1) : user.matches() ? user.group(1) : null;
    if (userId == null) {
      return Optional.empty();
    }
    userId = URLDecoder.decode(userId, StandardCharsets.UTF_8);
    boolean isAdmin = identity.createUserQuery().userId(userId).memberOfGroup(ADMINS).count() > 0;
    long admins = identity.createUserQuery().memberOfGroup(ADMINS).count();
    if (isAdmin && admins <= 1) {
      return Optional.of("'" + userId + "' is the last direct member of " + ADMINS
          + ": add another administrator first.");
    }
    return Optional.empty();
  }
}
