package app.tandem.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Lets whoever works on a task of a process instance read that instance (its variables: what
 * Tasklist shows in the task list's columns and on the forms), and nobody else: the engine grants
 * the task itself; this grants the instance, one instance at a time.
 */
@Component
public class CaseAccess {

  private final AuthorizationService authorizations;

  CaseAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants READ on the task's process instance to its assignee and candidate groups. */
  public void grantInstanceReadFor(DelegateTask task) {
    String instanceId = task.getProcessInstanceId();
    if (task.getAssignee() != null) {
      grant(instanceId, task.getAssignee(), null);
    }
    task.getCandidates().forEach(link -> grant(instanceId, link.getUserId(), link.getGroupId()));
  }

  private void grant(String instanceId, String userId, String groupId) {
    var query = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId);
    query = userId != null ? query.userIdIn(userId) : query.groupIdIn(groupId);
    if (query.count() > 0) {
      return;
    }
    var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setResource(Resources.PROCESS_INSTANCE);
    authorization.setResourceId(instanceId);
    if (userId != null) {
      authorization.setUserId(userId);
    } else {
      authorization.setGroupId(groupId);
    }
    authorization.addPermission(Permissions.READ);
    authorizations.saveAuthorization(authorization);
  }
}
