package app.tandem.common.form;

import app.tandem.common.process.ProcessVariable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What a task's completion tells the process: values its next gateway reads ({@link #route}, kept only
 * for the transaction that completes the task, never stored) and the few it keeps ({@link #keep}, an
 * id a later task is assigned by).
 */
public final class Outcome {

  private final Map<String, Object> variables = new LinkedHashMap<>();

  private Outcome() {
  }

  public static Outcome none() {
    return new Outcome();
  }

  public static <T> Outcome route(ProcessVariable<T> variable, T value) {
    return new Outcome().andRoute(variable, value);
  }

  /** A value for the gateway right after the task: transient, gone once the transaction ends. */
  public <T> Outcome andRoute(ProcessVariable<T> variable, T value) {
    variables.put(variable.name(), Variables.untypedValue(value, true));
    return this;
  }

  /** A value the process keeps (stored as a variable). */
  public <T> Outcome keep(ProcessVariable<T> variable, T value) {
    variables.put(variable.name(), value);
    return this;
  }

  public Map<String, Object> variables() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }
}
