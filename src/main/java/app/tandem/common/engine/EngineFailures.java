package app.tandem.common.engine;

import java.util.function.Supplier;

/**
 * The failure that ended the engine call of the current HTTP request, as it was thrown — before
 * the engine's REST layer turns it into its own error body — so that the error contract
 * ({@code app.tandem.common.error.EngineApiErrors}) can answer with the field, the right status and no
 * internals. Only records while a request is being served.
 */
public final class EngineFailures {

  private static final ThreadLocal<Holder> CURRENT = new ThreadLocal<>();

  private EngineFailures() {
  }

  /** Starts recording for the request on this thread. */
  public static void begin() {
    CURRENT.set(new Holder());
  }

  /** The failure recorded since {@link #begin()}, and stops recording. */
  public static Throwable end() {
    Holder holder = CURRENT.get();
    CURRENT.remove();
    return holder == null ? null : holder.failure;
  }

  public static void record(Throwable failure) {
    Holder holder = CURRENT.get();
    if (holder != null && failure != null) {
      holder.failure = failure;
    }
  }

  public static <T> T recording(Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException | Error e) {
      record(e);
      throw e;
    }
  }

  public static void recording(Runnable call) {
    recording(() -> {
      call.run();
      return null;
    });
  }

  private static final class Holder {
    private Throwable failure;
  }
}
