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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's promise to pay an amount by a date. It is kept when the invoice's balance has come
 * down by the promised amount since the promise was made.
 */
@Entity
@Table(name = "payment_promise")
public class PaymentPromise {

  public enum Outcome {
    OPEN("open"), KEPT("kept"), BROKEN("broken");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "invoice_number", nullable = false)
  private String invoiceNumber;
  @Column(name = "customer_inn", nullable = false)
  private String customerInn;
  @Column(name = "promised_on", nullable = false)
  private LocalDate promisedOn;
  @Column(nullable = false)
  private BigDecimal amount;
  @Column(name = "balance_at_promise", nullable = false)
  private BigDecimal balanceAtPromise;
  @Column(name = "made_at", nullable = false)
  private Instant madeAt;
  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  protected PaymentPromise() {
  }

  PaymentPromise(Receivable receivable, LocalDate promisedOn, BigDecimal amount, Instant madeAt, String recordedBy) {
    this.invoiceNumber = receivable.getInvoiceNumber();
    this.customerInn = receivable.getCustomerInn();
    this.promisedOn = promisedOn;
    this.amount = amount;
    this.balanceAtPromise = receivable.getBalance();
    this.madeAt = madeAt;
    this.recordedBy = recordedBy;
    this.outcome = Outcome.OPEN;
  }

  /** Decides the promise against the invoice's balance now; returns whether it was kept. */
  boolean settle(BigDecimal balanceNow) {
    boolean kept = balanceAtPromise.subtract(balanceNow).compareTo(amount) >= 0;
    outcome = kept ? Outcome.KEPT : Outcome.BROKEN;
    return kept;
  }

  public Long getId() {
    return id;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public LocalDate getPromisedOn() {
    return promisedOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Instant getMadeAt() {
    return madeAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
