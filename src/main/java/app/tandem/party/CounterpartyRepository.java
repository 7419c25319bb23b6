package app.tandem.party;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CounterpartyRepository extends JpaRepository<Counterparty, String> {

  /** The counterparty with its accounts in one query. */
  @EntityGraph(attributePaths = "accounts")
  Optional<Counterparty> findWithAccountsByInn(String inn);

  /** Counterparties whose name or INN contains the text (lower-cased), by name. */
  @org.springframework.data.jpa.repository.Query("select c from Counterparty c where lower(c.name) like :text"
      + " or c.inn like :text order by c.name")
  org.springframework.data.domain.Page<Counterparty> search(String text, org.springframework.data.domain.Pageable page);
}
