package app.tandem.common.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Where the engine's public surface meets Tandem's cases. The engine services of
 * {@link TandemProcessEngineConfiguration} hand every form read, form submission, task completion,
 * process start and task assignment to the gateway, whichever API it came through; the gateway
 * decides from the server's declarations what the call may do. An empty answer means the task or
 * process is not one of Tandem's (a standalone task) and the engine handles it as usual.
 */
public interface EngineGateway {

  /** What the task's form shows, read from the case (only the names asked for, if any). */
  Optional<VariableMap> taskFormVariables(String taskId, Collection<String> names);

  /** Submits the task's form: checks the fields, hands them to the case's service, completes the task. */
  boolean submitTaskForm(String taskId, Map<String, ?> values);

  /** What the start form shows before anything is entered. */
  Optional<VariableMap> startFormVariables(String processDefinitionId, Collection<String> names);

  /** Starts a case from its start form's fields, in the caller's name. */
  Optional<ProcessInstance> start(String processDefinitionId, String businessKey, Map<String, ?> values);

  /** Refuses handing a task to someone outside its role (claim, assign, delegate, identity links). */
  void checkAssignment(String taskId, String userId, String operation);
}
