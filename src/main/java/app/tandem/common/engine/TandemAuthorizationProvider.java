package app.tandem.common.engine;

import static org.camunda.bpm.engine.impl.util.EnsureUtil.ensureValidIndividualResourceId;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations without a grant per task. The engine writes a {@code TASK} grant for a
 * task's assignee, owner, candidate users and candidate groups as they are set (a look-up and an insert each,
 * a delete with the task: about 14 statements per payment request) and keeps it when the person or group is
 * taken off the task again. {@link TandemAuthorizationManager} grants the same permissions — {@code READ} and
 * the default task permission ({@code TASK_WORK}) — to whoever is linked to the task <em>now</em>, without
 * rows. Grants made by hand on a task are still honoured.
 */
class TandemAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    if (newAssignee != null) {
      ensureValidIndividualResourceId("Cannot create default authorization for assignee " + newAssignee, newAssignee);
    }
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    if (newOwner != null) {
      ensureValidIndividualResourceId("Cannot create default authorization for owner " + newOwner, newOwner);
    }
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    ensureValidIndividualResourceId("Cannot grant default authorization for identity link to user " + userId, userId);
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    ensureValidIndividualResourceId("Cannot grant default authorization for identity link to group " + groupId,
        groupId);
    return null;
  }
}
