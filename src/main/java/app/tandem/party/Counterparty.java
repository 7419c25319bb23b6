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

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<CounterpartyAccount> getAccounts() {
    return List.copyOf(accounts);
  }
}
