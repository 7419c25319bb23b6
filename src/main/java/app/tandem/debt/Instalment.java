package app.tandem.debt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of an agreed payment schedule (restructuring). */
@Entity
@Table(name = "instalment")
public class Instalment {

  public enum Status { OPEN, PAID, MISSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "invoice_number", nullable = false)
  private String invoiceNumber;
  @Column(nullable = false)
  private int seq;
  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;
  @Column(nullable = false)
  private BigDecimal amount;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  protected Instalment() {
  }

  Instalment(String invoiceNumber, int seq, LocalDate dueOn, BigDecimal amount) {
    this.invoiceNumber = invoiceNumber;
    this.seq = seq;
    this.dueOn = dueOn;
    this.amount = amount;
    this.status = Status.OPEN;
  }

  void mark(Status status) {
    this.status = status;
  }

  public int getSeq() {
    return seq;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Status getStatus() {
    return status;
  }
}
