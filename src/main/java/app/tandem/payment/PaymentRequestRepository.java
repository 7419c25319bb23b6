package app.tandem.payment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRequestRepository extends JpaRepository<PaymentRequest, String>,
    org.springframework.data.jpa.repository.JpaSpecificationExecutor<PaymentRequest> {

  Optional<PaymentRequest> findByInitiatorAndIdempotencyKey(String initiator, String idempotencyKey);

  /** Other requests to the same contractor for the same invoice and amount, not rejected. */
  @Query("""
      select r from PaymentRequest r
      where r.contractorInn = :inn and lower(r.invoiceNumber) = lower(:invoiceNumber) and r.amount = :amount
        and r.number <> :number and r.status not in :excluded
      order by r.createdAt""")
  List<PaymentRequest> findPossibleDuplicates(String number, String inn, String invoiceNumber, BigDecimal amount,
      Collection<PaymentStatus> excluded);
}
