package app.tandem.common.engine;

import java.util.function.Supplier;

/**
 * Marks engine calls that Tandem's own code makes on a person's behalf — a form's completion after
 * its fields were checked, a case's start after it was registered — as opposed to calls a client
 * makes through the engine's APIs. The engine still checks the person's authorizations; what it no
 * longer does is route the call through {@link EngineGateway} again. Only code, never a request,
 * can enter this mode.
 */
public final class ServerSide {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private ServerSide() {
  }

  public static boolean active() {
    return DEPTH.get() > 0;
  }

  public static <T> T call(Supplier<T> action) {
    DEPTH.set(DEPTH.get() + 1);
    try {
      return action.get();
    } finally {
      int depth = DEPTH.get() - 1;
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }

  public static void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }
}
