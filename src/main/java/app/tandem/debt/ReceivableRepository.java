package app.tandem.debt;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReceivableRepository extends JpaRepository<Receivable, String> {

  boolean existsByCustomerInn(String customerInn);

  /**
   * Open invoices past due that no escalation has picked up yet, locked: a second scan at the same moment (another
   * node, an administrator's "run now") waits, then finds them taken, instead of failing.
   */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Receivable r where r.status = app.tandem.debt.ReceivableStatus.NOT_DUE and r.dueDate < :today order by r.dueDate, r.invoiceNumber")
  List<Receivable> findBecameOverdue(LocalDate today);

  List<Receivable> findByStatusNotIn(Collection<ReceivableStatus> closed);

  List<Receivable> findByManagerIdAndStatusNotIn(String managerId, Collection<ReceivableStatus> closed);

  List<Receivable> findByCustomerInnAndStatusNotIn(String customerInn, Collection<ReceivableStatus> closed);

  List<Receivable> findByStatusIn(Collection<ReceivableStatus> statuses);
}
