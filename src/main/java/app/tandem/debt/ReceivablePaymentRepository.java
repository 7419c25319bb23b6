package app.tandem.debt;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivablePaymentRepository extends JpaRepository<ReceivablePayment, Long> {

  Optional<ReceivablePayment> findByInvoiceNumberAndReference(String invoiceNumber, String reference);

  List<ReceivablePayment> findByInvoiceNumberOrderByPaidOnAscIdAsc(String invoiceNumber);
}
