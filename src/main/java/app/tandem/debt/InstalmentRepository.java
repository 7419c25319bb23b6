package app.tandem.debt;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstalmentRepository extends JpaRepository<Instalment, Long> {

  List<Instalment> findByInvoiceNumberOrderBySeq(String invoiceNumber);

  void deleteByInvoiceNumber(String invoiceNumber);
}
