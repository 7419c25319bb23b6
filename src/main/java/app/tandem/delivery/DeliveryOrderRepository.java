package app.tandem.delivery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryOrderRepository extends JpaRepository<DeliveryOrder, String> {

  List<DeliveryOrder> findByStatus(OrderStatus status);

  boolean existsByCustomerInnAndStatus(String customerInn, OrderStatus status);

  List<DeliveryOrder> findByRequestedDateBetween(LocalDate from, LocalDate to);

  List<DeliveryOrder> findByCustomerInnAndStatusIn(String customerInn, Collection<OrderStatus> statuses);
}
