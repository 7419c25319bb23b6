package app.tandem.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** What an API caller's roles let them see. */
public final class Callers {

  private Callers() {
  }

  /**
   * Whether the caller is a sales manager who sees only their own cases: a member of
   * {@code sales-managers} and of none of {@code rolesThatSeeAll}.
   */
  public static boolean seesOnlyOwnCases(Authentication caller, String... rolesThatSeeAll) {
    Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    return groups.contains(TandemGroup.Ids.SALES_MANAGERS) && Set.of(rolesThatSeeAll).stream().noneMatch(groups::contains);
  }
}
