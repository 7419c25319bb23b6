package app.tandem.common.engine;

import app.tandem.identity.TandemGroup;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is calling the engine right now: a client through an API, an administrator, or Tandem itself. */
public final class EngineCallers {

  private EngineCallers() {
  }

  /** A person calling through an API (engine REST, the webapps, Tandem's API), not Tandem's own code. */
  public static boolean isClient(Authentication authentication) {
    return authentication != null && authentication.getUserId() != null && !ServerSide.active();
  }

  public static boolean isAdministrator(Authentication authentication) {
    return authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(TandemGroup.Ids.ADMINISTRATORS);
  }

  /** A client who is not an administrator: everything they send is checked against the declarations. */
  public static boolean isBusinessClient(Authentication authentication) {
    return isClient(authentication) && !isAdministrator(authentication);
  }
}
