package app.tandem.common.engine;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Records the failure of the outermost engine command of a request ({@link EngineFailures}), including
 * what fails when its transaction commits (an optimistic-locking conflict), before the REST layer
 * rewrites it. First in the engine's interceptor chain.
 */
class FailureRecorder extends CommandInterceptor {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  @Override
  public <T> T execute(Command<T> command) {
    int depth = DEPTH.get();
    DEPTH.set(depth + 1);
    try {
      return next.execute(command);
    } catch (RuntimeException | Error e) {
      if (depth == 0) {
        EngineFailures.record(e);
      }
      throw e;
    } finally {
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }
}
