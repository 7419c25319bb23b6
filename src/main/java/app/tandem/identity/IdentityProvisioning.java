package app.tandem.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brings groups, the administrator's membership, demo users (demo profile only), authorizations
 * and shared Tasklist filters to the declared state at every start, before the web server accepts
 * requests. Idempotent: nothing is created twice, existing grants are only ever widened to the
 * declared permissions, filters are updated in place, and only rows whose declaration changed are
 * written — so nodes starting together (one after the other, see {@code ClusterStartupLock}) or a
 * node starting beside running ones change nothing.
 */
@Component
class IdentityProvisioning implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityProvisioning.class);
  private static final String TASKLIST = "tasklist";
  private static final String ANY = Authorization.ANY;

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final List<ProcessRoles> processRoles;
  private final List<TasklistFilter> tasklistFilters;
  private final String adminUserId;
  private final boolean demo;

  IdentityProvisioning(IdentityService identity, AuthorizationService authorizations,
      FilterService filters, TaskService tasks, ObjectProvider<ProcessRoles> processRoles,
      ObjectProvider<TasklistFilter> tasklistFilters,
      @Value("${tandem.admin.user}") String adminUserId,
      @Value("${tandem.demo.enabled:false}") boolean demo) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.processRoles = processRoles.orderedStream().toList();
    this.tasklistFilters = tasklistFilters.orderedStream().toList();
    this.adminUserId = adminUserId;
    this.demo = demo;
  }

  @Override
  public void afterSingletonsInstantiated() {
    provisionGroups();
    provisionAdministrator();
    if (demo) {
      provisionDemoUsers();
    }
    provisionGrants();
    provisionFilters();
  }

  private void provisionGroups() {
    for (TandemGroup role : TandemGroup.values()) {
      Group group = identity.createGroupQuery().groupId(role.id()).singleResult();
      if (group == null) {
        group = identity.newGroup(role.id());
        LOG.info("Creating group {}", role.id());
      } else if (Objects.equals(group.getName(), role.displayName())
          && Objects.equals(group.getType(), role.camundaType())) {
        continue;
      }
      group.setName(role.displayName());
      group.setType(role.camundaType());
      identity.saveGroup(group);
    }
  }

  /** camunda-admin must always have a direct member, or the Admin setup page would hand it out. */
  private void provisionAdministrator() {
    if (identity.createUserQuery().userId(adminUserId).singleResult() == null) {
      throw new IllegalStateException("The administrator '" + adminUserId + "' does not exist: "
          + "check camunda.bpm.admin-user / TANDEM_ADMIN_USER");
    }
    ensureMembership(adminUserId, TandemGroup.ADMINISTRATORS);
  }

  private void provisionDemoUsers() {
    for (DemoUser demoUser : DemoUser.ALL) {
      if (identity.createUserQuery().userId(demoUser.id()).singleResult() == null) {
        User user = identity.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setEmail(demoUser.email());
        user.setPassword(demoUser.id());
        identity.saveUser(user);
        LOG.info("Created demo user {} ({})", demoUser.id(), demoUser.role());
      }
      demoUser.groups().forEach(group -> ensureMembership(demoUser.id(), group));
    }
  }

  private void ensureMembership(String userId, TandemGroup group) {
    boolean member = identity.createUserQuery().userId(userId).memberOfGroup(group.id()).count() > 0;
    if (!member) {
      identity.createMembership(userId, group.id());
      LOG.info("Added {} to group {}", userId, group.id());
    }
  }

  private void provisionGrants() {
    for (TandemGroup role : TandemGroup.values()) {
      if (!role.isBusinessRole()) {
        continue; // camunda-admin holds ALL on every resource (granted by the Camunda starter)
      }
      grant(role, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      // names of colleagues and groups on tasks
      grant(role, Resources.USER, ANY, Permissions.READ);
      grant(role, Resources.GROUP, ANY, Permissions.READ);
    }
    for (ProcessRoles process : processRoles) {
      for (TandemGroup participant : process.participants()) {
        grant(participant, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ);
      }
      for (TandemGroup starter : process.starters()) {
        grant(starter, Resources.PROCESS_DEFINITION, process.processKey(),
            Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(starter, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
  }

  private void grant(TandemGroup group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group.id())
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group.id());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
      LOG.info("Granted {} on {} {} to group {}", List.of(permissions), resource.resourceName(),
          resourceId, group.id());
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  static boolean sameFilter(FilterEntity stored, FilterEntity declared) {
    return Objects.equals(stored.getName(), declared.getName()) && stored.getOwner() == null
        && sameJson(stored.getQueryInternal(), declared.getQueryInternal())
        && sameJson(stored.getPropertiesInternal(), declared.getPropertiesInternal());
  }

  private static boolean sameJson(String stored, String declared) {
    try {
      return Objects.equals(stored == null ? null : JSON.readTree(stored), declared == null ? null : JSON.readTree(declared));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }

  private void provisionFilters() {
    Map<Object, Filter> existing = filters.createTaskFilterQuery().list().stream()
        .filter(filter -> filter.getProperties() != null
            && filter.getProperties().get(TasklistFilter.KEY_PROPERTY) != null)
        .collect(Collectors.toMap(filter -> filter.getProperties().get(TasklistFilter.KEY_PROPERTY),
            Function.identity(), (first, second) -> first));
    for (TasklistFilter definition : tasklistFilters) {
      Filter filter = existing.get(definition.key());
      var declared = (FilterEntity) filters.newTaskFilter(definition.name());
      declared.setQuery(definition.query().apply(tasks));
      declared.setProperties(definition.properties());
      if (filter == null) {
        filter = filters.saveFilter(declared);
        LOG.info("Created Tasklist filter '{}'", definition.name());
      } else if (!sameFilter((FilterEntity) filter, declared)) {
        // only a changed definition is written: nodes starting together would otherwise update the same rows
        filter.setName(definition.name());
        filter.setOwner(null);
        filter.setQuery(declared.getQuery());
        filter.setProperties(definition.properties());
        filter = filters.saveFilter(filter);
        LOG.info("Updated Tasklist filter '{}'", definition.name());
      }
      for (TandemGroup reader : definition.readers()) {
        grant(reader, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }
}
