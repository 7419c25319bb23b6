package app.tandem.party;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CounterpartyRepository extends JpaRepository<Counterparty, String> {

  /** The counterparty with its accounts in one query. */
  @EntityGraph(attributePaths = "accounts")
  Optional<Counterparty> findWithAccountsByInn(String inn);
}
