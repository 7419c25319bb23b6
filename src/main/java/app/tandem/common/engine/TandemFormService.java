package app.tandem.common.engine;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The engine's form service with Tandem's forms: a task's and a start form's variables are read from
 * the case ({@link EngineGateway}), and a submission goes to the case's service instead of into
 * engine variables. Calls for tasks outside Tandem's processes go to the engine unchanged.
 *
 * <p>A deployed form ({@code embedded:deployment:forms/x.html}) is the newest deployed file of its plain
 * name ({@link ModelResources#newestForm}), not only the copy in the process definition's own deployment:
 * a process owner deploys a BPMN, a DMN or a form from Camunda Modeler on its own.
 */
class TandemFormService extends FormServiceImpl {

  private final GatewayHolder gateway;

  TandemFormService(GatewayHolder gateway) {
    this.gateway = gateway;
  }

  @Override
  public InputStream getDeployedTaskForm(String taskId) {
    return commandExecutor.execute(new GetDeployedTaskFormCmd(taskId) {
      @Override
      protected InputStream getDeploymentResource(String deploymentId, String resourceName) {
        return ModelResources.newestForm(commandContext, resourceName)
            .orElseGet(() -> super.getDeploymentResource(deploymentId, resourceName));
      }
    });
  }

  @Override
  public InputStream getDeployedStartForm(String processDefinitionId) {
    return commandExecutor.execute(new GetDeployedStartFormCmd(processDefinitionId) {
      @Override
      protected InputStream getDeploymentResource(String deploymentId, String resourceName) {
        return ModelResources.newestForm(commandContext, resourceName)
            .orElseGet(() -> super.getDeploymentResource(deploymentId, resourceName));
      }
    });
  }

  @Override
  public VariableMap getTaskFormVariables(String taskId) {
    return getTaskFormVariables(taskId, null, true);
  }

  @Override
  public VariableMap getTaskFormVariables(String taskId, Collection<String> formVariables,
      boolean deserializeObjectValues) {
    return EngineFailures.recording(() -> handled()
        ? gateway.get().taskFormVariables(taskId, formVariables)
            .orElseGet(() -> super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues))
        : super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues));
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    EngineFailures.recording(() -> {
      if (!handled() || !gateway.get().submitTaskForm(taskId, properties == null ? Map.of() : properties)) {
        ServerSide.run(() -> super.submitTaskForm(taskId, properties)); // not a case's task: the engine as usual
      }
    });
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    return EngineFailures.recording(() -> {
      if (handled() && gateway.get().submitTaskForm(taskId, properties == null ? Map.of() : properties)) {
        return Variables.createVariables();
      }
      return ServerSide.call(() -> super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues));
    });
  }

  @Override
  public void submitTaskFormData(String taskId, Map<String, String> properties) {
    submitTaskForm(taskId, properties == null ? null : new java.util.HashMap<String, Object>(properties));
  }

  @Override
  public VariableMap getStartFormVariables(String processDefinitionId) {
    return getStartFormVariables(processDefinitionId, null, true);
  }

  @Override
  public VariableMap getStartFormVariables(String processDefinitionId, Collection<String> formVariables,
      boolean deserializeObjectValues) {
    return EngineFailures.recording(() -> handled()
        ? gateway.get().startFormVariables(processDefinitionId, formVariables)
            .orElseGet(() -> super.getStartFormVariables(processDefinitionId, formVariables, deserializeObjectValues))
        : super.getStartFormVariables(processDefinitionId, formVariables, deserializeObjectValues));
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    return submitStartForm(processDefinitionId, null, properties);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey, Map<String, Object> properties) {
    return EngineFailures.recording(() -> handled()
        ? gateway.get().start(processDefinitionId, businessKey, properties == null ? Map.of() : properties)
            .orElseGet(() -> ServerSide.call(() -> super.submitStartForm(processDefinitionId, businessKey, properties)))
        : super.submitStartForm(processDefinitionId, businessKey, properties));
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
    return submitStartForm(processDefinitionId, null, properties == null ? null : new java.util.HashMap<String, Object>(properties));
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey,
      Map<String, String> properties) {
    return submitStartForm(processDefinitionId, businessKey, properties == null ? null : new java.util.HashMap<String, Object>(properties));
  }

  private boolean handled() {
    return !ServerSide.active() && gateway.get() != null;
  }
}
