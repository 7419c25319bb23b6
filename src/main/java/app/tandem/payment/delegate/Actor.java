package app.tandem.payment.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the authenticated user (Tasklist, REST), else the assignee. */
final class Actor {

  private Actor() {
  }

  static String of(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
