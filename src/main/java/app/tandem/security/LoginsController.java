package app.tandem.security;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: who is being slowed down after wrong passwords, from where, until when. */
@RestController
class LoginsController {

  private final LoginThrottle throttle;

  LoginsController(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @GetMapping("/api/admin/logins")
  @PreAuthorize("hasAuthority('camunda-admin')")
  List<LoginThrottle.Entry> recent() {
    return throttle.recent();
  }
}
