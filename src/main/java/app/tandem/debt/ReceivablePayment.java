package app.tandem.debt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A customer's payment against an invoice, identified by the bank reference it came with. */
@Entity
@Table(name = "receivable_payment")
public class ReceivablePayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "invoice_number", nullable = false)
  private String invoiceNumber;
  @Column(nullable = false)
  private BigDecimal amount;
  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;
  @Column(nullable = false)
  private String reference;
  @Column(nullable = false)
  private BigDecimal overpayment;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected ReceivablePayment() {
  }

  ReceivablePayment(String invoiceNumber, BigDecimal amount, LocalDate paidOn, String reference,
      BigDecimal overpayment, Instant recordedAt, String recordedBy) {
    this.invoiceNumber = invoiceNumber;
    this.amount = amount;
    this.paidOn = paidOn;
    this.reference = reference;
    this.overpayment = overpayment;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public String getReference() {
    return reference;
  }

  public BigDecimal getOverpayment() {
    return overpayment;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
