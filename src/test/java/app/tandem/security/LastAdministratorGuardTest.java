package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** camunda-admin never loses its last direct member, so the Admin setup page never opens. */
@TandemSpringTest
class LastAdministratorGuardTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;

  @Test
  void lastAdministratorCannotBeRemovedOrDeleted() {
    var admin = HttpCaller.as(port, "admin");

    var removal = admin.delete("/engine-rest/group/camunda-admin/members/admin");
    var deletion = admin.delete("/engine-rest/user/admin");
    var groupDeletion = admin.delete("/engine-rest/group/camunda-admin");

    assertThat(removal.statusCode()).isEqualTo(409);
    assertThat(removal.body()).contains("'admin' is the last direct member of camunda-admin");
    assertThat(deletion.statusCode()).isEqualTo(409);
    assertThat(groupDeletion.statusCode()).isEqualTo(409);
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting("id").containsExactly("admin");
  }

  @Test
  void lastAdministratorCannotBeRemovedThroughTheAdminWebapp() {
    var adminApp = HttpCaller.webappSession(port, "admin", "admin");

    var removal = adminApp.delete("/camunda/api/engine/engine/default/group/camunda-admin/members/admin");

    assertThat(removal.statusCode()).isEqualTo(409);
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);
  }

  @Test
  void anAdministratorCanLeaveWhileAnotherRemains() {
    User deputy = identity.newUser("deputy");
    deputy.setPassword("deputy-password-1");
    identity.saveUser(deputy);
    identity.createMembership("deputy", "camunda-admin");

    var removal = HttpCaller.as(port, "admin").delete("/engine-rest/group/camunda-admin/members/deputy");

    assertThat(removal.statusCode()).isEqualTo(204);
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting("id").containsExactly("admin");
  }

  @Test
  void otherUsersAndMembershipsAreManagedAsUsual() {
    User temp = identity.newUser("temp");
    temp.setPassword("temp-password-12");
    identity.saveUser(temp);
    identity.createMembership("temp", "legal");

    assertThat(HttpCaller.as(port, "admin").delete("/engine-rest/group/legal/members/temp").statusCode()).isEqualTo(204);
    assertThat(HttpCaller.as(port, "admin").delete("/engine-rest/user/temp").statusCode()).isEqualTo(204);
  }
}
