package app.tandem.identity;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is who: the caller's own identity, and for administrators the roles and their members. */
@RestController
@RequestMapping("/api")
class IdentityController {

  private final IdentityService identity;

  IdentityController(IdentityService identity) {
    this.identity = identity;
  }

  record Me(String id, String name, String email, List<String> groups) {
  }

  record Role(String group, String name, List<String> members) {
  }

  @GetMapping("/me")
  Me me(Authentication caller) {
    User user = identity.createUserQuery().userId(caller.getName()).singleResult();
    List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
    return new Me(caller.getName(), fullName(user), user == null ? null : user.getEmail(), groups);
  }

  record Person(String id, String name) {
  }

  /** The sales managers (for choosing a manager in searches and reports), for every signed-in user. */
  @GetMapping("/managers")
  List<Person> managers() {
    return identity.createUserQuery().memberOfGroup(TandemGroup.Ids.SALES_MANAGERS).orderByUserLastName().asc().list()
        .stream().map(user -> new Person(user.getId(), fullName(user))).toList();
  }

  @GetMapping("/roles")
  @PreAuthorize("hasAuthority('" + TandemGroup.Ids.ADMINISTRATORS + "')")
  List<Role> roles() {
    return Arrays.stream(TandemGroup.values())
        .map(group -> new Role(group.id(), group.displayName(),
            identity.createUserQuery().memberOfGroup(group.id()).orderByUserId().asc().list()
                .stream().map(User::getId).toList()))
        .toList();
  }

  private static String fullName(User user) {
    if (user == null) {
      return null;
    }
    return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
  }
}
