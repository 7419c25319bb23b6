package app.tandem.common.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's authorization manager with task lists whose cost does not grow with the square of
 * a person's open work.
 *
 * <p>The engine decides which tasks a person may list by joining every listed task with every
 * authorization row of that person ({@code AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')}): with the
 * engine's grant per task, a queue of 20 000 tasks joins 20 000 × 20 000 rows, and neither
 * PostgreSQL nor H2 can hash an {@code or} join. Here the same rule is asked as plain conditions on
 * the task and its identity links, which the task and identity-link indexes answer: a checked user
 * lists a task when they are its assignee, owner or a candidate (or otherwise linked to it), when one
 * of their groups is a candidate group, or when they or their groups hold {@code READ_TASK} on its
 * process definition — the people the engine's default grants name ({@code DefaultAuthorizationProvider}
 * grants a task to its assignee, owner, candidate users and candidate groups; Tandem grants
 * {@code READ_TASK} to nobody).
 *
 * <p>Opening, claiming or completing one task follows the same rule: the permissions the engine's
 * default grant would hold ({@code READ} and the default task permission, {@code TASK_WORK}) belong to
 * whoever is the task's assignee, owner or linked user, or a member of a linked group, now — read from
 * the task and its identity links, which the command has loaded anyway — so no grant per task is written
 * ({@link TandemAuthorizationProvider}). Unlike the engine's grants, these end when the person or group is
 * taken off the task. Anything else, and a grant made by hand on one task, is the engine's check (a hand-made
 * grant opens the task but does not list it).
 *
 * <p>The variables Tasklist shows in a list's columns are fetched for the listed tasks' ids,
 * executions and process instances; that fetch is allowed when every scope asked for belongs to a
 * task the user may list, and otherwise checked by the engine as before. Together this replaces the
 * per-instance read grants Tandem used to write for every task.
 *
 * <p>Tandem grants and never revokes: a {@code REVOKE} authorization is refused when saved, so that
 * the engine need not ask in every command whether one exists ({@code authorizationCheckRevokes},
 * see {@link TandemProcessEngineConfiguration#buildProcessEngine()}).
 *
 * <p>Size: Long because it replaces two engine queries and one permission check that must change together.
 */
public class TandemAuthorizationManager extends AuthorizationManager {

  /** Registers the manager as the engine's {@link AuthorizationManager} session. */
  public static class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new TandemAuthorizationManager();
    }
  }

  private String readTaskUser;
  private Set<String> readTaskDefinitions;

  /** The visibility condition added to a checked user's task query (recognised, so added once). */
  static class VisibleTasks extends TaskQueryImpl {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    configureQuery(query);
    query.getQueries().removeIf(VisibleTasks.class::isInstance);
    AuthorizationCheck check = query.getAuthCheck();
    if (!check.isAuthorizationCheckEnabled()) {
      return;
    }
    String userId = check.getAuthUserId();
    List<String> groupIds = check.getAuthGroupIds();
    Set<String> readableDefinitions = userId == null ? Set.of(ANY) : definitionsWithReadTask(userId, groupIds);
    if (readableDefinitions.contains(ANY)) {
      super.configureTaskQuery(query);
      return;
    }
    check.setAuthorizationCheckEnabled(false);
    if (!asksOnlyForVisibleTasks(query, userId, groupIds)) {
      query.addOrQuery(visibleTo(userId, groupIds, readableDefinitions));
    }
  }

  /**
   * Whether the query's own conditions already keep to tasks the user may list ("my tasks": assignee
   * is the user; "my group's tasks": candidate groups all the user's), so that the visibility
   * condition would add a join and nothing else.
   */
  private static boolean asksOnlyForVisibleTasks(TaskQueryImpl query, String userId, List<String> groupIds) {
    if (query.getCandidateGroupLike() != null) {
      return false; // ORed into the candidate condition (and the engine lets it join candidateUser)
    }
    if (userId.equals(query.getAssignee()) || userId.equals(query.getOwner())
        || userId.equals(query.getInvolvedUser()) || userId.equals(query.getCandidateUser())) {
      return true;
    }
    if (query.getCandidateUser() != null
        || query.getCandidateGroup() == null && query.getCandidateGroupsInternal() == null) {
      return false;
    }
    List<String> asked = query.getCandidateGroups();
    return asked != null && !asked.isEmpty() && groupIds != null && groupIds.containsAll(asked);
  }

  private static VisibleTasks visibleTo(String userId, List<String> groupIds, Set<String> definitions) {
    var visible = new VisibleTasks();
    visible.setOrQueryActive();
    visible.taskInvolvedUser(userId);
    if (groupIds != null && !groupIds.isEmpty()) {
      visible.taskCandidateGroupIn(groupIds);
      visible.includeAssignedTasks();
    }
    if (!definitions.isEmpty()) {
      visible.processDefinitionKeyIn(definitions.toArray(String[]::new));
    }
    return visible;
  }

  /**
   * The process definition keys ({@code *} for all) whose tasks the user may read by grant, asked
   * along the unique authorization indexes (type, user or group, resource type) once per command.
   */
  private Set<String> definitionsWithReadTask(String userId, List<String> groupIds) {
    if (readTaskDefinitions != null && userId.equals(readTaskUser)) {
      return readTaskDefinitions;
    }
    CommandContext context = Context.getCommandContext();
    context.disableAuthorizationCheck();
    try {
      Set<String> keys = new LinkedHashSet<>();
      keys.addAll(readTaskGrants(context, new AuthorizationQueryImpl().authorizationType(AUTH_TYPE_GLOBAL)));
      keys.addAll(readTaskGrants(context, new AuthorizationQueryImpl().authorizationType(AUTH_TYPE_GRANT)
          .userIdIn(userId)));
      if (groupIds != null && !groupIds.isEmpty()) {
        keys.addAll(readTaskGrants(context, new AuthorizationQueryImpl().authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupIds.toArray(String[]::new))));
      }
      readTaskUser = userId;
      readTaskDefinitions = keys;
      return keys;
    } finally {
      context.enableAuthorizationCheck();
    }
  }

  private static List<String> readTaskGrants(CommandContext context, org.camunda.bpm.engine.authorization.AuthorizationQuery query) {
    var grants = (AuthorizationQueryImpl) query.resourceType(Resources.PROCESS_DEFINITION)
        .hasPermission(Permissions.READ_TASK);
    return grants.executeList(context, null).stream().map(Authorization::getResourceId).toList();
  }

  /**
   * All the user's groups. The engine first reads every group named in any authorization row
   * ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}, a scan of all of them, in every
   * command) only to leave out groups without rows — which match no row anyway.
   */
  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return new java.util.ArrayList<>();
    }
    return new java.util.ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds.stream()
        .filter(java.util.Objects::nonNull).toList()));
  }

  @Override
  public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
    return isAuthorizationEnabled() && linkedToTask(userId, groupIds, check)
        || super.isAuthorized(userId, groupIds, check);
  }

  @Override
  public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
    return isAuthorizationEnabled() && byLink(userId, groupIds, check)
        || super.isAuthorized(userId, groupIds, check);
  }

  /** Whether the check holds by the user's links to tasks alone (a conjunction only when every part does). */
  private boolean byLink(String userId, List<String> groupIds, CompositePermissionCheck check) {
    var atomic = check.getAtomicChecks();
    var composite = check.getCompositeChecks();
    if (check.isDisjunctive()) {
      return atomic.stream().anyMatch(part -> linkedToTask(userId, groupIds, part))
          || composite.stream().anyMatch(part -> byLink(userId, groupIds, part));
    }
    return !(atomic.isEmpty() && composite.isEmpty())
        && atomic.stream().allMatch(part -> linkedToTask(userId, groupIds, part))
        && composite.stream().allMatch(part -> byLink(userId, groupIds, part));
  }

  /**
   * Whether the check asks for one of the permissions of the engine's default task grant on a task the user is
   * assignee, owner or linked user of, or one of whose linked groups is the user's.
   */
  private boolean linkedToTask(String userId, List<String> groupIds, PermissionCheck check) {
    if (userId == null || check.getResource() == null
        || check.getResource().resourceType() != Resources.TASK.resourceType()
        || check.getResourceId() == null || ANY.equals(check.getResourceId())
        || !defaultTaskPermissions().contains(check.getPermission().getValue())) {
      return false;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(check.getResourceId());
    if (task == null || task.getCaseExecutionId() != null) {
      return false; // no such task, or a case task (the engine grants those nothing either)
    }
    if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
      return true;
    }
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (userId.equals(link.getUserId())
          || link.getGroupId() != null && groupIds != null && groupIds.contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  /** The permissions of the engine's default task grant: READ, the default task permission, READ_VARIABLE if enforced. */
  private static Set<Integer> defaultTaskPermissions() {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    Set<Integer> permissions = new HashSet<>();
    permissions.add(Permissions.READ.getValue());
    permissions.add(configuration.getDefaultUserPermissionForTask().getValue());
    if (configuration.isEnforceSpecificVariablePermission()) {
      permissions.add(TaskPermissions.READ_VARIABLE.getValue());
    }
    return permissions;
  }

  /** Refuses a {@code REVOKE} authorization, whichever API saves it. */
  @Override
  public void validateResourceCompatibility(AuthorizationEntity authorization) {
    if (authorization.getAuthorizationType() == AUTH_TYPE_REVOKE) {
      throw new BadUserRequestException(REVOKES_REFUSED);
    }
    super.validateResourceCompatibility(authorization);
  }

  static final String REVOKES_REFUSED = "Tandem does not use REVOKE authorizations: take the permission out of "
      + "the grant (or delete the grant) instead, so that the engine need not look for revokes in every command.";

  @Override
  protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
    super.configureVariableInstanceQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (check.isAuthorizationCheckEnabled() && check.getAuthUserId() != null
        && scopesOfListableTasks(query.getVariableScopeIds())) {
      check.getPermissionChecks().clear();
      check.setAuthorizationCheckEnabled(false);
    }
  }

  /** Whether every scope id is a task the user may list, or its execution or process instance. */
  private boolean scopesOfListableTasks(String[] scopeIds) {
    if (scopeIds == null || scopeIds.length == 0) {
      return false;
    }
    var tasks = new TaskQueryImpl();
    tasks.processInstanceIdIn(scopeIds);
    configureTaskQuery(tasks);
    if (tasks.getAuthCheck().isAuthorizationCheckEnabled()) {
      return false; // READ_TASK on every definition: the engine's own check decides
    }
    Set<String> allowed = new HashSet<>();
    @SuppressWarnings("unchecked")
    List<Task> listable = getDbEntityManager().selectList("selectTaskByQueryCriteria", tasks);
    for (Task task : listable) {
      allowed.add(task.getId());
      allowed.add(task.getExecutionId());
      allowed.add(task.getProcessInstanceId());
    }
    return allowed.containsAll(Arrays.asList(scopeIds));
  }
}
