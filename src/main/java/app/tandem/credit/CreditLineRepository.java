package app.tandem.credit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditLineRepository extends JpaRepository<CreditLine, Long> {

  List<CreditLine> findByCounterpartyInnOrderByCurrency(String counterpartyInn);

  Optional<CreditLine> findByCounterpartyInnAndCurrency(String counterpartyInn, String currency);
}
