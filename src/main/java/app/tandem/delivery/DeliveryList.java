package app.tandem.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The delivery list of one day: prepared from the ready orders, approved by the head of sales. */
@Entity
@Table(name = "delivery_list")
public class DeliveryList {

  public static final String PENDING = "PENDING";
  public static final String APPROVED = "APPROVED";

  @Id
  @Column(name = "delivery_date")
  private LocalDate deliveryDate;
  @Column(nullable = false)
  private String status;
  @Column(name = "capacity_orders", nullable = false)
  private int capacityOrders;
  @Column(name = "capacity_weight_kg", nullable = false)
  private BigDecimal capacityWeightKg;
  @Column(name = "prepared_at", nullable = false)
  private Instant preparedAt;
  @Column(name = "approved_by")
  private String approvedBy;
  @Column(name = "approved_at")
  private Instant approvedAt;
  @Version
  private long version;

  protected DeliveryList() {
  }

  DeliveryList(LocalDate deliveryDate, int capacityOrders, BigDecimal capacityWeightKg, Instant now) {
    this.deliveryDate = deliveryDate;
    this.status = PENDING;
    this.capacityOrders = capacityOrders;
    this.capacityWeightKg = capacityWeightKg;
    this.preparedAt = now;
  }

  void approve(int capacityOrders, BigDecimal capacityWeightKg, String actor, Instant now) {
    this.capacityOrders = capacityOrders;
    this.capacityWeightKg = capacityWeightKg;
    this.status = APPROVED;
    this.approvedBy = actor;
    this.approvedAt = now;
  }

  public boolean isApproved() {
    return APPROVED.equals(status);
  }

  public LocalDate getDeliveryDate() {
    return deliveryDate;
  }

  public String getStatus() {
    return status;
  }

  public int getCapacityOrders() {
    return capacityOrders;
  }

  public BigDecimal getCapacityWeightKg() {
    return capacityWeightKg;
  }

  public Instant getPreparedAt() {
    return preparedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }
}
