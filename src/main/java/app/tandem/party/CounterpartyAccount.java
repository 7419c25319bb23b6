package app.tandem.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bank account of a counterparty, with when it was last used and last approved for payment. */
@Entity
@Table(name = "counterparty_account")
public class CounterpartyAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "counterparty_inn")
  private Counterparty counterparty;
  @Column(nullable = false)
  private String bik;
  @Column(name = "settlement_account", nullable = false)
  private String settlementAccount;
  @Column(name = "correspondent_account")
  private String correspondentAccount;
  @Column(name = "bank_name")
  private String bankName;
  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;
  @Column(name = "last_approved_at")
  private Instant lastApprovedAt;

  protected CounterpartyAccount() {
  }

  CounterpartyAccount(Counterparty counterparty, BankRequisites requisites, Instant now) {
    this.counterparty = counterparty;
    this.bik = requisites.bik();
    this.settlementAccount = requisites.settlementAccount();
    this.lastUsedAt = now;
  }

  boolean matches(BankRequisites requisites) {
    return bik.equals(requisites.bik()) && settlementAccount.equals(requisites.settlementAccount());
  }

  void used(BankRequisites requisites, boolean approved, Instant now) {
    if (requisites.correspondentAccount() != null) {
      correspondentAccount = requisites.correspondentAccount();
    }
    if (requisites.bankName() != null) {
      bankName = requisites.bankName();
    }
    lastUsedAt = now;
    if (approved) {
      lastApprovedAt = now;
    }
  }

  public BankRequisites requisites() {
    return new BankRequisites(bik, settlementAccount, correspondentAccount, bankName);
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getLastApprovedAt() {
    return lastApprovedAt;
  }
}
