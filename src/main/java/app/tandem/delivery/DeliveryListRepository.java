package app.tandem.delivery;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryListRepository extends JpaRepository<DeliveryList, LocalDate> {
}
