package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.TandemSpringTest;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A process's declared roles become exactly these engine permissions. */
@TandemSpringTest
@Import(ProcessRolesProvisioningTest.FixtureProcessRoles.class)
class ProcessRolesProvisioningTest {

  static final String KEY = "fixture-process";

  @TestConfiguration
  static class FixtureProcessRoles {
    @Bean
    ProcessRoles fixtureProcessRoles() {
      return new ProcessRoles(KEY, Set.of(TandemGroup.SALES_MANAGERS),
          Set.of(TandemGroup.SALES_MANAGERS, TandemGroup.SALES_HEADS));
    }
  }

  @Autowired
  AuthorizationService authorizations;

  @Test
  void startersMayStartTheProcess() {
    var groups = List.of("sales-managers", "sales-new-clients");

    assertThat(authorizations.isUserAuthorized("anna", groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, KEY)).isTrue();
    assertThat(authorizations.isUserAuthorized("anna", groups, Permissions.CREATE, Resources.PROCESS_INSTANCE)).isTrue();
    assertThat(authorizations.isUserAuthorized("anna", groups, Permissions.READ, Resources.PROCESS_DEFINITION, KEY))
        .isTrue();
  }

  @Test
  void participantsMayReadButNotStartIt() {
    var groups = List.of("sales-heads");

    assertThat(authorizations.isUserAuthorized("svetlana", groups, Permissions.READ, Resources.PROCESS_DEFINITION, KEY))
        .isTrue();
    assertThat(authorizations.isUserAuthorized("svetlana", groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, KEY)).isFalse();
    assertThat(authorizations.isUserAuthorized("svetlana", groups, Permissions.CREATE, Resources.PROCESS_INSTANCE))
        .isFalse();
  }

  @Test
  void othersHaveNoAccessAndNobodyReadsOthersInstances() {
    assertThat(authorizations.isUserAuthorized("olga", List.of("accounting"), Permissions.READ,
        Resources.PROCESS_DEFINITION, KEY)).isFalse();
    assertThat(authorizations.isUserAuthorized("anna", List.of("sales-managers"), Permissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, KEY)).isFalse();
    assertThat(authorizations.isUserAuthorized("anna", List.of("sales-managers"), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "another-process")).isFalse();
  }
}
