package app.tandem.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;

/** A read-only view of a process instance's variables, so tests read them through ProcessVariable constants. */
public class MapScope extends AbstractVariableScope {

  private final Map<String, Object> values;

  public MapScope(Map<String, Object> values) {
    this.values = values;
  }

  @Override
  public Object getVariable(String name) {
    return values.get(name);
  }

  @Override
  protected VariableStore<CoreVariableInstance> getVariableStore() {
    throw new UnsupportedOperationException();
  }

  @Override
  protected VariableInstanceFactory<CoreVariableInstance> getVariableInstanceFactory() {
    throw new UnsupportedOperationException();
  }

  @Override
  protected List<VariableInstanceLifecycleListener<CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
    throw new UnsupportedOperationException();
  }

  @Override
  public AbstractVariableScope getParentVariableScope() {
    return null;
  }
}
