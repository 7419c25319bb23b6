package app.tandem.common.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The gateway, once the application has started it (until then the engine runs unchanged), and who is calling. */
final class GatewayHolder {

  private volatile EngineGateway gateway;
  private final Supplier<Authentication> authentication;

  GatewayHolder(Supplier<Authentication> authentication) {
    this.authentication = authentication;
  }

  EngineGateway get() {
    return gateway;
  }

  void set(EngineGateway gateway) {
    this.gateway = gateway;
  }

  Authentication authentication() {
    return authentication.get();
  }
}
