package app.tandem.delivery;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryListEntryRepository extends JpaRepository<DeliveryListEntry, Long> {

  List<DeliveryListEntry> findByDeliveryDateOrderByProposedRankAsc(LocalDate deliveryDate);

  /** Orders on a list still waiting for its approval: they are not offered on another one. */
  @Query("select e.orderNumber from DeliveryListEntry e, DeliveryList l "
      + "where e.deliveryDate = l.deliveryDate and l.status = 'PENDING'")
  List<String> ordersOnPendingLists();
}
