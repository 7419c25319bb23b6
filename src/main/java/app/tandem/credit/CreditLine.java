package app.tandem.credit;

import app.tandem.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A customer's credit line in one currency: limit, agreed payment term, rating and next review. */
@Entity
@Table(name = "credit_line")
public class CreditLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "counterparty_inn", nullable = false, updatable = false)
  private String counterpartyInn;
  @Column(nullable = false, updatable = false)
  private String currency;
  @Column(name = "limit_amount", nullable = false)
  private BigDecimal limitAmount;
  @Column(name = "term_days", nullable = false)
  private int termDays;
  @Column(nullable = false)
  private String rating;
  @Column(name = "next_review_on", nullable = false)
  private LocalDate nextReviewOn;
  @Column(name = "granted_by", nullable = false)
  private String grantedBy;
  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;
  @Column(name = "credit_check")
  private String creditCheck;
  @Version
  private long version;

  protected CreditLine() {
  }

  CreditLine(String counterpartyInn, String currency) {
    this.counterpartyInn = counterpartyInn;
    this.currency = currency;
  }

  void grant(BigDecimal limit, int termDays, String rating, LocalDate nextReviewOn, String by, Instant at,
      String creditCheck) {
    this.limitAmount = limit;
    this.termDays = termDays;
    this.rating = rating;
    this.nextReviewOn = nextReviewOn;
    this.grantedBy = by;
    this.grantedAt = at;
    this.creditCheck = creditCheck;
  }

  public Money limit() {
    return new Money(limitAmount, currency);
  }

  public String getCounterpartyInn() {
    return counterpartyInn;
  }

  public String getCurrency() {
    return currency;
  }

  public int getTermDays() {
    return termDays;
  }

  public String getRating() {
    return rating;
  }

  public LocalDate getNextReviewOn() {
    return nextReviewOn;
  }

  public String getGrantedBy() {
    return grantedBy;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public String getCreditCheck() {
    return creditCheck;
  }
}
