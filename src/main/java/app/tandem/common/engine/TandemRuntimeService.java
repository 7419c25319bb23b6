package app.tandem.common.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessInstanceWithVariablesImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The engine's runtime service with Tandem's rule for starts: a client's start — REST {@code start}
 * by id or key, the webapps' API, a Tasklist start form — becomes a start through the process's start
 * form ({@link EngineGateway#start}), in the caller's name, with only the start form's fields.
 * Starting at an activity (process instance modification) is for administrators and Tandem itself.
 */
class TandemRuntimeService extends RuntimeServiceImpl {

  private final GatewayHolder gateway;

  TandemRuntimeService(GatewayHolder gateway) {
    this.gateway = gateway;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
    var builder = new GuardedInstantiation(commandExecutor, gateway);
    builder.byId(processDefinitionId);
    return builder;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
    var builder = new GuardedInstantiation(commandExecutor, gateway);
    builder.byKey(processDefinitionKey);
    return builder;
  }

  /** A process instantiation that hands a client's start to the gateway. */
  static final class GuardedInstantiation extends ProcessInstantiationBuilderImpl {

    private final GatewayHolder gateway;

    GuardedInstantiation(CommandExecutor commandExecutor, GatewayHolder gateway) {
      super(commandExecutor);
      this.gateway = gateway;
    }

    void byId(String id) {
      this.processDefinitionId = id;
    }

    void byKey(String key) {
      this.processDefinitionKey = key;
    }

    @Override
    public ProcessInstance execute(boolean skipCustomListeners, boolean skipIoMappings) {
      return executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
    }

    @Override
    public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners,
        boolean skipIoMappings) {
      return EngineFailures.recording(() -> {
        if (ServerSide.active() || gateway.get() == null) {
          return super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
        }
        var authentication = gateway.authentication();
        boolean instructions = !getModificationBuilder().getModificationOperations().isEmpty();
        if (instructions || skipCustomListeners || skipIoMappings) {
          if (EngineCallers.isBusinessClient(authentication)) {
            throw new AuthorizationException("Only administrators start a process at an activity or skip its listeners");
          }
          return ServerSide.call(() -> super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings));
        }
        String definitionId = processDefinitionId != null ? processDefinitionId
            : commandExecutor.execute(context -> context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedLatestProcessDefinitionByKey(processDefinitionKey).getId());
        var started = gateway.get().start(definitionId, businessKey, getVariables() == null ? Variables.createVariables()
            : getVariables());
        if (started.isEmpty()) {
          return ServerSide.call(() -> super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings));
        }
        ProcessInstance instance = started.get();
        if (instance instanceof ProcessInstanceWithVariables withVariables) {
          return withVariables;
        }
        return new ProcessInstanceWithVariablesImpl((ExecutionEntity) instance, Variables.createVariables());
      });
    }
  }
}
