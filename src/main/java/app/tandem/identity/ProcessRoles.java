package app.tandem.identity;

import java.util.Set;

/**
 * Which roles start a process and which take part in it. Each process package declares one as a
 * bean; {@link IdentityProvisioning} turns it into engine authorizations: starters may create
 * instances (and see the start form), participants may read the definition (its diagram and forms).
 * Tasks themselves are granted by the engine to their candidate groups and assignees only.
 */
public record ProcessRoles(String processKey, Set<TandemGroup> starters, Set<TandemGroup> participants) {

  public ProcessRoles {
    starters = Set.copyOf(starters);
    participants = Set.copyOf(participants);
  }
}
