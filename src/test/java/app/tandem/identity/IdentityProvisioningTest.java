package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TandemSpringTest
class IdentityProvisioningTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  FilterService filters;
  @Autowired
  IdentityProvisioning provisioning;

  @Test
  void everyRoleHasItsGroup() {
    Set<String> groups = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());

    assertThat(groups).containsExactlyInAnyOrder("sales-managers", "sales-new-clients", "sales-key-accounts",
        "sales-heads", "accounting", "finance", "legal", "delivery", "camunda-admin");
  }

  @Test
  void demoUsersHaveExactlyTheirRole() {
    assertThat(groupsOf("anna")).containsExactlyInAnyOrder("sales-managers", "sales-new-clients");
    assertThat(groupsOf("boris")).containsExactlyInAnyOrder("sales-managers", "sales-key-accounts");
    assertThat(groupsOf("svetlana")).containsExactly("sales-heads");
    assertThat(groupsOf("olga")).containsExactly("accounting");
    assertThat(groupsOf("fedor")).containsExactly("finance");
    assertThat(groupsOf("lev")).containsExactly("legal");
    assertThat(groupsOf("dmitry")).containsExactly("delivery");
    assertThat(groupsOf("admin")).containsExactly("camunda-admin");
  }

  @Test
  void nobodyButTheSalesManagersIsInTwoGroups() {
    for (var user : identity.createUserQuery().list()) {
      List<String> groups = groupsOf(user.getId());
      if (groups.contains("sales-managers")) {
        assertThat(groups).as(user.getId()).hasSize(2)
            .containsAnyOf("sales-new-clients", "sales-key-accounts");
      } else {
        assertThat(groups).as(user.getId()).hasSizeLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void demoPasswordsEqualTheUserIds() {
    for (String user : List.of("anna", "boris", "svetlana", "olga", "fedor", "lev", "dmitry", "admin")) {
      assertThat(identity.checkPassword(user, user)).as(user).isTrue();
    }
  }

  @Test
  void administratorIsADirectMemberOfCamundaAdmin() {
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting("id").containsExactly("admin");
  }

  @Test
  void everyRoleMayUseTasklistButOnlyAdministratorsCockpitAndAdmin() {
    for (String user : List.of("anna", "boris", "svetlana", "olga", "fedor", "lev", "dmitry")) {
      List<String> groups = groupsOf(user);
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
          .as(user).isTrue();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
          .as(user).isFalse();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "admin"))
          .as(user).isFalse();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE, Resources.FILTER))
          .as(user + " must not create filters (stored queries evaluate expressions)").isFalse();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.CREATE, Resources.USER)).as(user).isFalse();
    }
    assertThat(authorizations.isUserAuthorized("admin", List.of("camunda-admin"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
  }

  @Test
  void managerCannotAccessCockpitOrAdminWebapps() {
    var session = HttpCaller.anonymous(port);
    session.get("/camunda/app/cockpit/default/");
    var login = session.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
        java.util.Map.of("username", "anna", "password", "anna"));

    assertThat(login.statusCode()).isEqualTo(403);
  }

  @Test
  void everyRoleSeesItsSharedFilters() {
    for (String user : List.of("anna", "boris", "svetlana", "olga", "fedor", "lev", "dmitry")) {
      String body = HttpCaller.as(port, user).get("/engine-rest/filter").body();
      assertThat(body).as(user).contains("\"name\":\"My tasks\"", "\"name\":\"My group's tasks\"");
      assertThat(body).as(user).contains("{\"name\":\"caseNumber\",\"label\":\"Case\"}");
    }
  }

  @Test
  void provisioningAgainChangesNothing() {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();
    long taskFilters = filters.createTaskFilterQuery().count();
    long memberships = identity.createUserQuery().memberOfGroup("sales-managers").count();
    var revisions = filterRevisions();

    provisioning.afterSingletonsInstantiated();

    assertThat(filterRevisions()).as("no unchanged filter is written again: nodes starting together would "
        + "collide on its row").isEqualTo(revisions);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createTaskFilterQuery().count()).isEqualTo(taskFilters);
    assertThat(identity.createUserQuery().memberOfGroup("sales-managers").count()).isEqualTo(memberships);
  }

  private java.util.Map<String, Integer> filterRevisions() {
    return filters.createTaskFilterQuery().list().stream().collect(java.util.stream.Collectors.toMap(
        org.camunda.bpm.engine.filter.Filter::getId,
        filter -> ((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) filter).getRevision()));
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
