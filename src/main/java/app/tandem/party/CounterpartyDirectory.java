package app.tandem.party;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.party.requisites.RequisitesCheck;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  CounterpartyDirectory(CounterpartyRepository counterparties, Clock clock) {
    this.counterparties = counterparties;
    this.clock = clock;
  }

  /** What a counterparty's data should be; blank optional fields mean "not known". */
  public record CounterpartyData(String inn, String name, String kpp, String email, BankRequisites requisites) {
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

  static void validate(CounterpartyData data) {
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
