package app.tandem.common.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the authenticated user (Tasklist, REST), else the assignee. */
public final class Actor {

  private Actor() {
  }

  public static String of(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
