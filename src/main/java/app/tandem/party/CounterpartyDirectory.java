package app.tandem.party;

import app.tandem.common.input.RecordLimits;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
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

  CounterpartyDirectory(CounterpartyRepository counterparties, Clock clock, ApplicationEventPublisher events,
      RecordLimits limits) {
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
    var existing = counterparties.findWithAccountsByInn(inn);
    Counterparty counterparty = existing.orElseGet(() -> new Counterparty(inn, now));
    counterparty.describe(data.name().trim(), trimToNull(data.kpp()), trimToNull(data.email()), now);
    if (data.requisites() != null) {
      counterparty.useAccount(normalized(data.requisites()), requisitesApproved, now);
    }
    counterparties.save(counterparty);
    LOG.info("Counterparty {} ({}) {}", inn, counterparty.getName(), existing.isPresent() ? "updated" : "created");
    return existing.isEmpty();
  }

  /**
   * Makes sure a customer known from an invoice is in the directory: a new one is created with the
   * name and e-mail given; an existing one keeps its data (the directory's maintainers own it),
   * except that a missing e-mail is filled in.
   */
  @Transactional
  public Counterparty ensureCustomer(String inn, String name, String email) {
    var now = clock.instant();
    var existing = counterparties.findById(inn);
    if (existing.isPresent()) {
      var customer = existing.get();
      if (customer.getEmail() == null && email != null && !email.isBlank()) {
        customer.describe(customer.getName(), customer.getKpp(), email.trim(), now);
      }
      return customer;
    }
    validate(new CounterpartyData(inn, name, null, email, null));
    var customer = new Counterparty(inn, now);
    customer.describe(name.trim(), null, trimToNull(email), now);
    LOG.info("Customer {} ({}) added to the directory from an invoice", inn, name);
    return counterparties.save(customer);
  }

  /**
   * Puts a customer on credit hold or lifts it. The delivery process reads the hold before any
   * goods leave.
   *
   * @return whether the hold changed
   */
  @Transactional
  public boolean holdCredit(String inn, boolean hold, String reason, String actor) {
    var customer = counterparties.findById(inn)
        .orElseThrow(() -> new NotFoundException("No counterparty with INN " + inn));
    if (hold && (reason == null || reason.isBlank())) {
      throw InvalidRequestException.of("reason", "Say why the customer is put on credit hold");
    }
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
