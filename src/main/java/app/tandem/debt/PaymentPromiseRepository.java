package app.tandem.debt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentPromiseRepository extends JpaRepository<PaymentPromise, Long> {

  List<PaymentPromise> findByInvoiceNumberOrderByMadeAtAscIdAsc(String invoiceNumber);

  List<PaymentPromise> findByCustomerInnOrderByMadeAtAscIdAsc(String customerInn);

  Optional<PaymentPromise> findFirstByInvoiceNumberAndOutcomeOrderByIdDesc(String invoiceNumber,
      PaymentPromise.Outcome outcome);

  @Query("select distinct p.invoiceNumber from PaymentPromise p where p.outcome = app.tandem.debt.PaymentPromise.Outcome.BROKEN")
  List<String> invoicesWithBrokenPromises();

  long countByCustomerInnAndOutcomeAndMadeAtAfter(String customerInn, PaymentPromise.Outcome outcome, Instant after);
}
