package app.tandem.common.engine;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The engine's task service with Tandem's rules for what a client sends: a task is completed through
 * its form ({@link EngineGateway#submitTaskForm}), whatever the endpoint (REST {@code complete},
 * {@code submit-form}, Tasklist); it is claimed, assigned or delegated only within its role; a
 * client cannot throw BPMN errors or escalations at it. Tandem's own calls ({@link ServerSide}) and
 * tasks outside Tandem's processes go to the engine unchanged.
 */
class TandemTaskService extends TaskServiceImpl {

  private final GatewayHolder gateway;

  TandemTaskService(GatewayHolder gateway) {
    this.gateway = gateway;
  }

  @Override
  public void resolveTask(String taskId) {
    resolveTask(taskId, null);
  }

  @Override
  public void complete(String taskId) {
    complete(taskId, null);
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    EngineFailures.recording(() -> {
      if (!gatewayHandles() || !gateway.get().submitTaskForm(taskId, variables == null ? Map.of() : variables)) {
        ServerSide.run(() -> super.complete(taskId, variables)); // not a case's task: the engine as usual
      }
    });
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    return EngineFailures.recording(() -> {
      if (gatewayHandles() && gateway.get().submitTaskForm(taskId, variables == null ? Map.of() : variables)) {
        return Variables.createVariables(); // the case's data lives in Tandem's tables, not in variables
      }
      return ServerSide.call(() -> super.completeWithVariablesInReturn(taskId, variables, deserializeValues));
    });
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    EngineFailures.recording(() -> {
      if (gatewayHandles() && variables != null && !variables.isEmpty()) {
        throw new AuthorizationException("A task's fields are submitted with its form, not when it is resolved");
      }
      ServerSide.run(() -> super.resolveTask(taskId, variables));
    });
  }

  @Override
  public void claim(String taskId, String userId) {
    assignment(taskId, userId, "claim", () -> super.claim(taskId, userId));
  }

  @Override
  public void setAssignee(String taskId, String userId) {
    assignment(taskId, userId, "assign", () -> super.setAssignee(taskId, userId));
  }

  @Override
  public void delegateTask(String taskId, String userId) {
    assignment(taskId, userId, "delegate", () -> super.delegateTask(taskId, userId));
  }

  @Override
  public void setOwner(String taskId, String userId) {
    assignment(taskId, userId, "owner", () -> super.setOwner(taskId, userId));
  }

  @Override
  public void addCandidateUser(String taskId, String userId) {
    assignment(taskId, userId, "candidate", () -> super.addCandidateUser(taskId, userId));
  }

  @Override
  public void addUserIdentityLink(String taskId, String userId, String identityLinkType) {
    assignment(taskId, userId, identityLinkType, () -> super.addUserIdentityLink(taskId, userId, identityLinkType));
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
    refuseBusinessClient("A task's outcome is chosen on its form; BPMN errors are thrown by the process itself");
    super.handleBpmnError(taskId, errorCode, errorMessage, variables);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
    handleBpmnError(taskId, errorCode, errorMessage, null);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode) {
    handleBpmnError(taskId, errorCode, null, null);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    refuseBusinessClient("A task's outcome is chosen on its form; escalations are raised by the process itself");
    super.handleEscalation(taskId, escalationCode, variables);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode) {
    handleEscalation(taskId, escalationCode, null);
  }

  private void assignment(String taskId, String userId, String operation, Runnable engineCall) {
    EngineFailures.recording(() -> {
      if (gatewayHandles() && EngineCallers.isClient(authentication())) {
        gateway.get().checkAssignment(taskId, userId, operation);
      }
      ServerSide.run(engineCall);
    });
  }

  private void refuseBusinessClient(String reason) {
    EngineFailures.recording(() -> {
      if (EngineCallers.isBusinessClient(authentication())) {
        throw new AuthorizationException(reason);
      }
    });
  }

  private boolean gatewayHandles() {
    return !ServerSide.active() && gateway.get() != null;
  }

  private Authentication authentication() {
    return gateway.authentication();
  }
}
