package app.tandem.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Who works here: users by id and the members of a role, from the engine's identity service. */
@Service
public class Staff implements app.tandem.common.history.PeopleNames {

  private final IdentityService identity;

  Staff(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<User> user(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(identity.createUserQuery().userId(userId.trim()).singleResult());
  }

  public boolean isMember(String userId, TandemGroup group) {
    return userId != null && identity.createUserQuery().userId(userId.trim()).memberOfGroup(group.id()).count() > 0;
  }

  public List<User> membersOf(TandemGroup group) {
    return identity.createUserQuery().memberOfGroup(group.id()).orderByUserId().asc().list();
  }

  /** The user's name as colleagues say it: first and last name, else the id. */
  @Override
  public String displayName(String userId) {
    return user(userId).map(Staff::nameOf).orElse(userId);
  }

  /** The names of these users in one query; an unknown id reads as itself. */
  @Override
  public Map<String, String> displayNames(Collection<String> userIds) {
    Map<String, String> names = new HashMap<>();
    String[] ids = userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toArray(String[]::new);
    for (String id : userIds) {
      if (id != null) {
        names.put(id, id);
      }
    }
    if (ids.length > 0) {
      for (User user : identity.createUserQuery().userIdIn(ids).list()) {
        names.put(user.getId(), nameOf(user));
      }
    }
    return names;
  }

  private static String nameOf(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
