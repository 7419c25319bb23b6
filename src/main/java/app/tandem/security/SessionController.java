package app.tandem.security;

import app.tandem.identity.Staff;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for Tandem's pages: the user, their groups, and — for a browser session — the token
 * the pages send with every change ({@link WebappSessionAuthentication}).
 */
@RestController
class SessionController {

  record Session(String userId, String name, List<String> groups, String csrfToken) {
  }

  private final Staff staff;

  SessionController(Staff staff) {
    this.staff = staff;
  }

  @GetMapping("/api/session")
  Session session(Authentication authentication, HttpServletRequest request) {
    var session = request.getHeader("Authorization") == null ? request.getSession(false) : null;
    return new Session(authentication.getName(), staff.displayName(authentication.getName()),
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(),
        session == null ? null : WebappSessionAuthentication.token(session));
  }
}
