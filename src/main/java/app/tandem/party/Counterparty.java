package app.tandem.party;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A contractor or customer, identified by INN, with the bank accounts used with it. */
@Entity
@Table(name = "counterparty")
public class Counterparty {

  @Id
  private String inn;
  @Column(nullable = false)
  private String name;
  private String kpp;
  private String email;
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;
  @Column(name = "credit_hold", nullable = false)
  private boolean creditHold;
  @Column(name = "credit_hold_reason")
  private String creditHoldReason;
  @Column(name = "credit_hold_since")
  private Instant creditHoldSince;
  @Column(name = "credit_hold_by")
  private String creditHoldBy;
  @Version
  private long version;

  @OneToMany(mappedBy = "counterparty", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<CounterpartyAccount> accounts = new ArrayList<>();

  protected Counterparty() {
  }

  Counterparty(String inn, Instant now) {
    this.inn = inn;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void describe(String name, String kpp, String email, Instant now) {
    this.name = name;
    this.kpp = kpp;
    this.email = email;
    this.updatedAt = now;
  }

  /** Puts the counterparty on credit hold (no deliveries) or lifts it; returns whether that changed anything. */
  boolean holdCredit(boolean hold, String reason, String actor, Instant now) {
    if (hold == creditHold) {
      return false;
    }
    this.creditHold = hold;
    this.creditHoldReason = hold ? reason : null;
    this.creditHoldSince = hold ? now : null;
    this.creditHoldBy = hold ? actor : null;
    this.updatedAt = now;
    return true;
  }

  /** Records that these requisites were used (and, if approved, approved) at {@code now}. */
  CounterpartyAccount useAccount(BankRequisites requisites, boolean approved, Instant now) {
    CounterpartyAccount account = accounts.stream().filter(a -> a.matches(requisites)).findFirst()
        .orElseGet(() -> {
          var created = new CounterpartyAccount(this, requisites, now);
          accounts.add(created);
          return created;
        });
    account.used(requisites, approved, now);
    this.updatedAt = now;
    return account;
  }

  /** The default account: approved most recently, else used most recently. */
  public Optional<CounterpartyAccount> defaultAccount() {
    return accounts.stream().max(Comparator
        .comparing((CounterpartyAccount a) -> a.getLastApprovedAt() != null)
        .thenComparing(a -> a.getLastApprovedAt() == null ? Instant.MIN : a.getLastApprovedAt())
        .thenComparing(CounterpartyAccount::getLastUsedAt));
  }

  public String getInn() {
    return inn;
  }

  public String getName() {
    return name;
  }

  public String getKpp() {
    return kpp;
  }

  public String getEmail() {
    return email;
  }

  /** On credit hold: no goods leave for this customer until the hold is lifted. */
  public boolean isOnCreditHold() {
    return creditHold;
  }

  public String getCreditHoldReason() {
    return creditHoldReason;
  }

  public Instant getCreditHoldSince() {
    return creditHoldSince;
  }

  public String getCreditHoldBy() {
    return creditHoldBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<CounterpartyAccount> getAccounts() {
    return List.copyOf(accounts);
  }
}
