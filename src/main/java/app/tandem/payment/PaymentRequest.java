package app.tandem.payment;

import app.tandem.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A request to pay a contractor's invoice; business key = {@link #getNumber()}. */
@Entity
@Table(name = "payment_request")
public class PaymentRequest {

  @Id
  private String number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentStatus status;
  @Column(nullable = false)
  private String purpose;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentCategory category;
  @Column(name = "contractor_inn", nullable = false)
  private String contractorInn;
  @Column(name = "contractor_name")
  private String contractorName;
  @Column(name = "invoice_number")
  private String invoiceNumber;
  @Column(name = "invoice_date")
  private LocalDate invoiceDate;
  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;
  @Column(nullable = false)
  private String currency;
  @Column(name = "pay_by", nullable = false)
  private LocalDate payBy;
  private String kpp;
  private String bik;
  @Column(name = "settlement_account")
  private String settlementAccount;
  @Column(name = "correspondent_account")
  private String correspondentAccount;
  @Column(name = "bank_name")
  private String bankName;
  @Column(name = "payment_purpose")
  private String paymentPurpose;
  @Column(name = "contractor_email")
  private String contractorEmail;
  @Column(nullable = false, updatable = false)
  private String initiator;
  @Column(name = "possible_duplicate_of")
  private String possibleDuplicateOf;
  @Column(name = "payment_order_number")
  private String paymentOrderNumber;
  @Column(name = "payment_order_date")
  private LocalDate paymentOrderDate;
  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;
  @Version
  private long version;

  protected PaymentRequest() {
  }

  PaymentRequest(String number, String initiator, String idempotencyKey, Instant now) {
    this.number = number;
    this.initiator = initiator;
    this.idempotencyKey = idempotencyKey;
    this.status = PaymentStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes the fields of the request as given; validation is the service's job. */
  void fill(PaymentRequestFields fields, Instant now) {
    this.purpose = fields.purpose();
    this.category = fields.category();
    this.contractorInn = fields.contractorInn();
    this.contractorName = fields.contractorName();
    this.invoiceNumber = fields.invoiceNumber();
    this.invoiceDate = fields.invoiceDate();
    this.amount = fields.amount();
    this.currency = fields.currency();
    this.payBy = fields.payBy();
    this.kpp = fields.kpp();
    this.bik = fields.bik();
    this.settlementAccount = fields.settlementAccount();
    this.correspondentAccount = fields.correspondentAccount();
    this.bankName = fields.bankName();
    this.paymentPurpose = fields.paymentPurpose();
    this.contractorEmail = fields.contractorEmail();
    this.updatedAt = now;
  }

  void moveTo(PaymentStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  void flagPossibleDuplicateOf(String otherNumber) {
    this.possibleDuplicateOf = otherNumber;
  }

  void recordPayment(String orderNumber, LocalDate orderDate, Instant now) {
    this.paymentOrderNumber = orderNumber;
    this.paymentOrderDate = orderDate;
    moveTo(PaymentStatus.PAID, now);
  }

  public PaymentRequestFields fields() {
    return new PaymentRequestFields(purpose, category, contractorInn, contractorName, invoiceNumber, invoiceDate,
        amount, currency, payBy, kpp, bik, settlementAccount, correspondentAccount, bankName, paymentPurpose,
        contractorEmail);
  }

  public Money money() {
    return new Money(amount, currency);
  }

  public String getNumber() {
    return number;
  }

  public PaymentStatus getStatus() {
    return status;
  }

  public String getInitiator() {
    return initiator;
  }

  public String getPossibleDuplicateOf() {
    return possibleDuplicateOf;
  }

  public String getPaymentOrderNumber() {
    return paymentOrderNumber;
  }

  public LocalDate getPaymentOrderDate() {
    return paymentOrderDate;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
