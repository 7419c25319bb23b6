package app.tandem.common.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as Tandem itself rather than as the API caller, for consequences of business
 * facts that the caller's role may not touch directly: a payment reported by accounting ends the
 * escalation that the head of sales works on. Only code, never a request, chooses to do this.
 */
@Component
public class AsSystem {

  private final IdentityService identity;

  AsSystem(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> action) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }
}
