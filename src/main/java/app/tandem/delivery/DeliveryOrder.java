package app.tandem.delivery;

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

/**
 * A customer order to deliver, keyed by its number: what, where, to whom, how urgent, and how it went.
 *
 * <p>Size: A JPA entity: most of its length is columns and getters.
 */
@Entity
@Table(name = "delivery_order")
public class DeliveryOrder {

  @Id
  @Column(name = "order_number")
  private String orderNumber;
  @Column(name = "customer_inn", nullable = false)
  private String customerInn;
  @Column(name = "customer_name", nullable = false)
  private String customerName;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryTeam team;
  @Column(name = "manager_id", nullable = false)
  private String managerId;
  @Column(name = "order_value", nullable = false)
  private BigDecimal value;
  @Column(nullable = false)
  private String currency;
  @Column(name = "requested_date", nullable = false)
  private LocalDate requestedDate;
  @Column(nullable = false)
  private String address;
  @Column(name = "delivery_zone", nullable = false)
  private String zone;
  @Column(nullable = false)
  private String goods;
  @Column(name = "weight_kg", nullable = false)
  private BigDecimal weightKg;
  @Column(name = "first_delivery", nullable = false)
  private boolean firstDelivery;
  @Column(name = "late_penalty", nullable = false)
  private boolean latePenalty;
  @Column(name = "receiver_name")
  private String receiverName;
  @Column(name = "poa_number")
  private String powerOfAttorneyNumber;
  @Column(name = "poa_valid_until")
  private LocalDate powerOfAttorneyValidUntil;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status;
  @Column(name = "priority_score")
  private Integer priorityScore;
  @Column(name = "priority_class")
  private String priorityClass;
  @Column(name = "priority_reason")
  private String priorityReason;
  @Column(name = "failed_deliveries", nullable = false)
  private int failedDeliveries;
  @Column(nullable = false)
  private int deferrals;
  @Column(name = "hold_released_by")
  private String holdReleasedBy;
  @Column(name = "delivery_date")
  private LocalDate deliveryDate;
  @Column(name = "delivery_rank")
  private Integer deliveryRank;
  @Column(name = "delivered_at")
  private Instant deliveredAt;
  @Column(name = "delivered_on")
  private LocalDate deliveredOn;
  @Column(name = "signed_documents")
  private Boolean signedDocuments;
  @Column(name = "failure_reason")
  private String failureReason;
  @Column(nullable = false)
  private boolean late;
  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;
  @Version
  private long version;

  protected DeliveryOrder() {
  }

  DeliveryOrder(OrderData data, DeliveryTeam team, Instant now) {
    this.orderNumber = data.orderNumber();
    this.customerInn = data.customerInn();
    this.customerName = data.customerName();
    this.team = team;
    this.managerId = data.managerId();
    this.value = data.value();
    this.currency = data.currency();
    this.requestedDate = data.requestedDate();
    this.address = data.address();
    this.zone = data.zone();
    this.goods = data.goods();
    this.weightKg = data.weightKg();
    this.firstDelivery = Boolean.TRUE.equals(data.firstDelivery());
    this.latePenalty = Boolean.TRUE.equals(data.latePenalty());
    this.receiverName = data.receiverName();
    this.powerOfAttorneyNumber = data.powerOfAttorneyNumber();
    this.powerOfAttorneyValidUntil = data.powerOfAttorneyValidUntil();
    this.status = OrderStatus.NEW;
    this.receivedAt = now;
    this.updatedAt = now;
  }

  /** The order as it was received, to recognise a repeat of the same order. */
  OrderData data() {
    return new OrderData(orderNumber, customerInn, customerName, team.name(), value, currency, requestedDate, address,
        zone, goods, weightKg, firstDelivery, latePenalty, receiverName, powerOfAttorneyNumber,
        powerOfAttorneyValidUntil, managerId, null);
  }

  void prioritised(int score, String priorityClass, String reason, Instant now) {
    this.priorityScore = score;
    this.priorityClass = priorityClass;
    this.priorityReason = reason;
    this.updatedAt = now;
  }

  void status(OrderStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  void releaseHold(String actor, Instant now) {
    this.holdReleasedBy = actor;
    this.updatedAt = now;
  }

  void powerOfAttorney(String number, LocalDate validUntil, String receiver, Instant now) {
    this.powerOfAttorneyNumber = number;
    this.powerOfAttorneyValidUntil = validUntil;
    this.receiverName = receiver;
    this.updatedAt = now;
  }

  void schedule(LocalDate date, int rank, Instant now) {
    this.deliveryDate = date;
    this.deliveryRank = rank;
    this.status = OrderStatus.SCHEDULED;
    this.updatedAt = now;
  }

  void defer(Instant now) {
    this.deferrals++;
    this.updatedAt = now;
  }

  void delivered(Instant at, LocalDate on, boolean signed, Instant now) {
    this.deliveredAt = at;
    this.deliveredOn = on;
    this.signedDocuments = signed;
    this.status = OrderStatus.DELIVERED;
    this.updatedAt = now;
  }

  void failed(String reason, Instant now) {
    this.failedDeliveries++;
    this.failureReason = reason;
    this.deliveryDate = null;
    this.deliveryRank = null;
    this.status = OrderStatus.FAILED;
    this.updatedAt = now;
  }

  void markLate(Instant now) {
    this.late = true;
    this.updatedAt = now;
  }

  /** Whether the receiver's power of attorney covers this date. */
  public boolean powerOfAttorneyValidOn(LocalDate date) {
    return powerOfAttorneyNumber != null && !powerOfAttorneyNumber.isBlank() && powerOfAttorneyValidUntil != null
        && !powerOfAttorneyValidUntil.isBefore(date);
  }

  public Money valueMoney() {
    return new Money(value, currency);
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public String getCustomerInn() {
    return customerInn;
  }

  public String getCustomerName() {
    return customerName;
  }

  public DeliveryTeam getTeam() {
    return team;
  }

  public String getManagerId() {
    return managerId;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getRequestedDate() {
    return requestedDate;
  }

  public String getAddress() {
    return address;
  }

  public String getZone() {
    return zone;
  }

  public String getGoods() {
    return goods;
  }

  public BigDecimal getWeightKg() {
    return weightKg;
  }

  public boolean isFirstDelivery() {
    return firstDelivery;
  }

  public boolean isLatePenalty() {
    return latePenalty;
  }

  public String getReceiverName() {
    return receiverName;
  }

  public String getPowerOfAttorneyNumber() {
    return powerOfAttorneyNumber;
  }

  public LocalDate getPowerOfAttorneyValidUntil() {
    return powerOfAttorneyValidUntil;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public Integer getPriorityScore() {
    return priorityScore;
  }

  public String getPriorityClass() {
    return priorityClass;
  }

  public String getPriorityReason() {
    return priorityReason;
  }

  public int getFailedDeliveries() {
    return failedDeliveries;
  }

  public int getDeferrals() {
    return deferrals;
  }

  public String getHoldReleasedBy() {
    return holdReleasedBy;
  }

  public LocalDate getDeliveryDate() {
    return deliveryDate;
  }

  public Integer getDeliveryRank() {
    return deliveryRank;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public Boolean getSignedDocuments() {
    return signedDocuments;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public boolean isLate() {
    return late;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
