package app.tandem.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An order on a day's delivery list: its rank as proposed by the rules and as finally approved. */
@Entity
@Table(name = "delivery_list_entry")
public class DeliveryListEntry {

  /** On the approved list within the day's capacity. */
  public static final String SCHEDULED = "SCHEDULED";
  /** Beyond the day's capacity: rolls to the next list with the priority it gains from waiting. */
  public static final String DEFERRED = "DEFERRED";
  /** Could not go out that day (credit hold, power of attorney): back to its checks. */
  public static final String HELD_BACK = "HELD_BACK";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "delivery_date", nullable = false)
  private LocalDate deliveryDate;
  @Column(name = "order_number", nullable = false)
  private String orderNumber;
  @Column(name = "proposed_rank", nullable = false)
  private int proposedRank;
  @Column(name = "final_rank")
  private Integer finalRank;
  @Column(name = "priority_score", nullable = false)
  private int priorityScore;
  @Column(name = "priority_class", nullable = false)
  private String priorityClass;
  @Column(name = "priority_reason")
  private String priorityReason;
  @Column(name = "move_reason")
  private String moveReason;
  private String outcome;
  @Column(name = "held_back_reason")
  private String heldBackReason;
  @Column(nullable = false)
  private boolean late;

  protected DeliveryListEntry() {
  }

  DeliveryListEntry(LocalDate deliveryDate, DeliveryOrder order, int proposedRank, boolean late) {
    this.deliveryDate = deliveryDate;
    this.orderNumber = order.getOrderNumber();
    this.proposedRank = proposedRank;
    this.priorityScore = order.getPriorityScore() == null ? 0 : order.getPriorityScore();
    this.priorityClass = order.getPriorityClass() == null ? "C" : order.getPriorityClass();
    this.priorityReason = order.getPriorityReason();
    this.late = late;
  }

  void decide(Integer finalRank, String outcome, String moveReason) {
    this.finalRank = finalRank;
    this.outcome = outcome;
    this.moveReason = moveReason;
  }

  void holdBack(String reason) {
    this.outcome = HELD_BACK;
    this.heldBackReason = reason;
  }

  public LocalDate getDeliveryDate() {
    return deliveryDate;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public int getProposedRank() {
    return proposedRank;
  }

  public Integer getFinalRank() {
    return finalRank;
  }

  public int getPriorityScore() {
    return priorityScore;
  }

  public String getPriorityClass() {
    return priorityClass;
  }

  public String getPriorityReason() {
    return priorityReason;
  }

  public String getMoveReason() {
    return moveReason;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getHeldBackReason() {
    return heldBackReason;
  }

  public boolean isLate() {
    return late;
  }
}
