package app.tandem.common.process;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable with its name and type, declared once as a constant in the process class:
 * {@code static final ProcessVariable<String> REQUEST_NUMBER = ProcessVariable.of("requestNumber", String.class)}.
 * Delegates and tests read and write variables through it, never through string literals.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value in the scope; fails with the variable's name when it is missing. */
  public T from(VariableScope scope) {
    return optionalFrom(scope).orElseThrow(() -> new IllegalStateException(
        "Process variable '" + name + "' is missing"));
  }

  public Optional<T> optionalFrom(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException("Process variable '" + name + "' is a "
          + value.getClass().getSimpleName() + ", expected " + type.getSimpleName());
    }
    return Optional.of(type.cast(value));
  }

  /**
   * Sets the value for the gateway that follows in the same transaction only: transient, never stored
   * (a route decided by a delegate or a form, not a fact about the case).
   */
  public void route(VariableScope scope, T value) {
    scope.setVariable(name, Variables.untypedValue(value, true));
  }

  /** Sets the variable where it is visible (the process instance, unless a local one exists). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  @Override
  public String toString() {
    return name + ":" + type.getSimpleName();
  }
}
