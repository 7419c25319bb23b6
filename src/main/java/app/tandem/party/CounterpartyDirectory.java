package app.tandem.party;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.input.RecordLimits;
import app.tandem.party.requisites.RequisitesCheck;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counterparty directory: who a contractor or customer is (by INN) and which bank account to
 * offer by default. Everything saved is validated; invalid data never enters the directory.
 */
@Service
public class CounterpartyDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(CounterpartyDirectory.class);

  private final CounterpartyRepository counterparties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final RecordLimits limits;

  private final jakarta.persistence.EntityManager entityManager;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;

  CounterpartyDirectory(CounterpartyRepository counterparties, Clock clock, ApplicationEventPublisher events,
      RecordLimits limits, jakarta.persistence.EntityManager entityManager,
      org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
    this.limits = limits;
    this.counterparties = counterparties;
    this.clock = clock;
    this.events = events;
  }

  /** Published inside the transaction that puts a customer on credit hold or lifts it. */
  public record CreditHoldChanged(String inn, boolean onHold, String actor) {
  }

  /** What a counterparty's data should be; blank optional fields mean "not known". */
  public record CounterpartyData(String inn, String name, String kpp, String email, BankRequisites requisites) {
  }

  /** The directory's page of counterparties whose name or INN contains the text (all when blank), by name. */
  @Transactional(readOnly = true)
  public org.springframework.data.domain.Page<Counterparty> search(String text, int page, int size) {
    String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    return counterparties.search(pattern, org.springframework.data.domain.PageRequest.of(page, size));
  }

  @Transactional(readOnly = true)

  public Optional<Counterparty> find(String inn) {
    return inn == null ? Optional.empty() : counterparties.findWithAccountsByInn(inn.trim());
  }

  /**
   * Creates or updates a counterparty; with requisites, records them as used (and approved, when
   * they come from an approved payment). Throws {@link InvalidRequestException} listing every
   * invalid field.
   *
   * @return whether the counterparty was new
   */
  @Transactional
  public boolean save(CounterpartyData data, boolean requisitesApproved) {
    validate(data);
    var now = clock.instant();
    String inn = data.inn().trim();
    boolean created = createIfAbsent(inn, data.name().trim(), trimToNull(data.email()), now);
    Counterparty counterparty = locked(inn);
    counterparty.describe(data.name().trim(), trimToNull(data.kpp()), trimToNull(data.email()), now);
    if (data.requisites() != null) {
      counterparty.useAccount(normalized(data.requisites()), requisitesApproved, now);
    }
    LOG.info("Counterparty {} ({}) {}", inn, counterparty.getName(), created ? "created" : "updated");
    return created;
  }

  /**
   * Makes sure a customer known from an invoice is in the directory: a new one is created with the
   * name and e-mail given; an existing one keeps its data (the directory's maintainers own it),
   * except that a missing e-mail is filled in.
   */
  @Transactional
  public Counterparty ensureCustomer(String inn, String name, String email) {
    var now = clock.instant();
    if (!counterparties.existsById(inn)) {
      validate(new CounterpartyData(inn, name, null, email, null));
      if (createIfAbsent(inn, name.trim(), trimToNull(email), now)) {
        LOG.info("Customer {} ({}) added to the directory from an invoice", inn, name);
        return counterparties.findById(inn).orElseThrow();
      }
    }
    boolean emailMissing = jdbc.queryForObject("select count(*) from counterparty where inn = ? and email is null",
        Integer.class, inn) > 0;
    if (emailMissing && email != null && !email.isBlank()) {
      var customer = locked(inn);
      if (customer.getEmail() == null) {
        customer.describe(customer.getName(), customer.getKpp(), email.trim(), now);
      }
      return customer;
    }
    return counterparties.findById(inn).orElseThrow();
  }

  /**
   * Puts a customer on credit hold or lifts it. The delivery process reads the hold before any
   * goods leave.
   *
   * @return whether the hold changed
   */
  @Transactional
  public boolean holdCredit(String inn, boolean hold, String reason, String actor) {
    if (counterparties.findById(inn).isEmpty()) {
      throw new NotFoundException("No counterparty with INN " + inn);
    }
    if (hold && (reason == null || reason.isBlank())) {
      throw InvalidRequestException.of("reason", "Say why the customer is put on credit hold");
    }
    var customer = locked(inn);
    boolean changed = customer.holdCredit(hold, reason == null ? null : reason.trim(), actor, clock.instant());
    if (changed) {
      events.publishEvent(new CreditHoldChanged(inn, hold, actor));
      LOG.info("Customer {} ({}) {} by {}", inn, customer.getName(), hold ? "put on credit hold" : "released from credit hold",
          actor);
    }
    return changed;
  }

  /** Of these customers, the INNs of those on credit hold: one query for a whole delivery list. */
  @Transactional(readOnly = true)
  public java.util.Set<String> onCreditHold(java.util.Collection<String> inns) {
    return counterparties.findAllById(inns).stream().filter(Counterparty::isOnCreditHold).map(Counterparty::getInn)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Whether the customer is on credit hold (unknown customers are not). */
  @Transactional(readOnly = true)
  public boolean isOnCreditHold(String inn) {
    return inn != null && counterparties.findById(inn.trim()).map(Counterparty::isOnCreditHold).orElse(false);
  }

  /**
   * Adds the counterparty's row unless it exists, without failing when another transaction adds it at the same
   * moment: on PostgreSQL the insert waits for the other one and then does nothing ({@code on conflict do nothing}),
   * on H2 (statement-level rollback) a duplicate is ignored. Same transaction, no second connection: twenty
   * approvals at once must not need forty connections.
   *
   * @return whether this call added it
   */
  private boolean createIfAbsent(String inn, String name, String email, java.time.Instant now) {
    if (counterparties.existsById(inn)) {
      return false;
    }
    entityManager.flush();
    var at = java.sql.Timestamp.from(now);
    if (postgres()) {
      return jdbc.update("insert into counterparty (inn, name, email, created_at, updated_at, credit_hold, version)"
          + " values (?, ?, ?, ?, ?, false, 0) on conflict (inn) do nothing", inn, name, email, at, at) == 1;
    }
    try {
      return jdbc.update("insert into counterparty (inn, name, email, created_at, updated_at, credit_hold, version)"
          + " select ?, ?, ?, ?, ?, false, 0 where not exists (select 1 from counterparty where inn = ?)", inn, name,
          email, at, at, inn) == 1;
    } catch (org.springframework.dao.DuplicateKeyException anotherTransactionWasFaster) {
      return false;
    }
  }

  private volatile Boolean postgres;

  private boolean postgres() {
    if (postgres == null) {
      postgres = "PostgreSQL".equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>)
          connection -> connection.getMetaData().getDatabaseProductName()));
    }
    return postgres;
  }

  /**
   * The counterparty, locked for this transaction and read afresh: concurrent changes of one counterparty (two
   * approvals saving its bank details, accounting editing it) wait for each other instead of failing.
   */
  private Counterparty locked(String inn) {
    // loaded after the lock is granted (select ... for update), so it is the last committed state
    var counterparty = entityManager.find(Counterparty.class, inn, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (counterparty == null) {
      throw new NotFoundException("No counterparty with INN " + inn);
    }
    return counterparty;
  }

  void validate(CounterpartyData data) {
    var stored = new java.util.ArrayList<>(limits.problems(data, "counterparty", java.util.Set.of()));
    if (data.requisites() != null) {
      stored.addAll(limits.problems(data.requisites(), "counterparty_account", java.util.Set.of()));
    }
    if (!stored.isEmpty()) {
      throw new InvalidRequestException("The counterparty has invalid fields.", stored);
    }
    var check = RequisitesCheck.start()
        .inn("inn", data.inn(), true)
        .kpp("kpp", data.kpp(), false)
        .email("email", data.email(), false);
    if (data.name() == null || data.name().isBlank()) {
      check.problem("name", "Name is required");
    } else if (data.name().trim().length() > 255) {
      check.problem("name", "Name must have at most 255 characters");
    }
    BankRequisites bank = data.requisites();
    if (bank != null) {
      check.bik("bik", bank.bik(), true)
          .settlementAccount("settlementAccount", bank.settlementAccount(), bank.bik(), true)
          .correspondentAccount("correspondentAccount", bank.correspondentAccount(), bank.bik(), false);
    }
    if (!check.problems().isEmpty()) {
      throw new InvalidRequestException("The counterparty has invalid fields.", check.problems());
    }
  }

  private static BankRequisites normalized(BankRequisites bank) {
    return new BankRequisites(bank.bik().trim(), bank.settlementAccount().trim(),
        trimToNull(bank.correspondentAccount()), trimToNull(bank.bankName()));
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
