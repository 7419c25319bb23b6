package app.tandem.common.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a business case's history. Immutable once written. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_type", nullable = false, updatable = false)
  private String caseType;

  @Column(name = "case_number", nullable = false, updatable = false)
  private String caseNumber;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String event;

  @Column(updatable = false)
  private String status;

  @Column(updatable = false)
  private String comment;

  protected CaseEvent() {
  }

  CaseEvent(String caseType, String caseNumber, Instant occurredAt, String actor, String event,
      String status, String comment) {
    this.caseType = caseType;
    this.caseNumber = caseNumber;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.event = event;
    this.status = status;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public String getCaseType() {
    return caseType;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getEvent() {
    return event;
  }

  public String getStatus() {
    return status;
  }

  public String getComment() {
    return comment;
  }
}
