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
import java.util.List;
import java.util.Optional;

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
  @Column(name = "request_fingerprint", updatable = false)
  private String requestFingerprint;
  @Column(name = "check_problems")
  private String checkProblems;
  private String approvers;
  @Column(name = "approvals_given", nullable = false)
  private int approvalsGiven;
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;
  @Version
  private long version;

  protected PaymentRequest() {
  }

  PaymentRequest(String number, String initiator, String idempotencyKey, String requestFingerprint, Instant now) {
    this.number = number;
    this.initiator = initiator;
    this.idempotencyKey = idempotencyKey;
    this.requestFingerprint = requestFingerprint;
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

  void checked(String problems) {
    this.checkProblems = problems;
  }

  /** The groups that must approve, in order; nobody has approved yet. */
  void approvalsBy(List<String> groups) {
    this.approvers = String.join(",", groups);
    this.approvalsGiven = 0;
  }

  /** One more group approved; the group whose approval is awaited next, if any. */
  Optional<String> approvalGiven() {
    approvalsGiven++;
    var groups = approverGroups();
    return approvalsGiven < groups.size() ? Optional.of(groups.get(approvalsGiven)) : Optional.empty();
  }

  void approvalsReset() {
    this.approvalsGiven = 0;
  }

  /** The groups that must approve the request, in order (empty before it was sent for approval). */
  public List<String> approverGroups() {
    return approvers == null || approvers.isBlank() ? List.of() : List.of(approvers.split(","));
  }

  /** The group whose approval is awaited now, if the request is being approved. */
  public Optional<String> pendingApprover() {
    var groups = approverGroups();
    return status == PaymentStatus.SENT_FOR_APPROVAL && approvalsGiven < groups.size()
        ? Optional.of(groups.get(approvalsGiven)) : Optional.empty();
  }

  /** What keeps the request from approval, as its last check found it (null: nothing, or not checked yet). */
  public String getCheckProblems() {
    return checkProblems;
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

  /** A fingerprint of the fields as the API caller sent them: a repeat with the same key must match it. */
  public String getRequestFingerprint() {
    return requestFingerprint;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
