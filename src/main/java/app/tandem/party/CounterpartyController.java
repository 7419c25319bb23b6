package app.tandem.party;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.party.requisites.RequisitesCheck;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The counterparty directory for staff and other systems (CRM, 1C). */
@RestController
@RequestMapping("/api/counterparties")
class CounterpartyController {

  static final String READERS = "hasAnyAuthority('sales-managers', 'sales-heads', 'accounting', 'finance', 'legal', 'camunda-admin')";
  static final String MAINTAINERS = "hasAnyAuthority('accounting', 'camunda-admin')";
  static final String CREDIT_CONTROLLERS = "hasAnyAuthority('sales-heads', 'camunda-admin')";

  private final CounterpartyDirectory directory;

  CounterpartyController(CounterpartyDirectory directory) {
    this.directory = directory;
  }

  record Requisites(String bik, String settlementAccount, String correspondentAccount, String bankName,
      Instant lastUsedAt, Instant lastApprovedAt) {
  }

  record CreditHold(boolean onHold, String reason, Instant since, String by) {
  }

  record CounterpartyView(String inn, String name, String kpp, String email, Requisites requisites,
      List<Requisites> accounts, CreditHold creditHold) {
  }

  record CreditHoldChange(Boolean hold, String reason) {
  }

  record CounterpartyUpdate(String name, String kpp, String email, String bik, String settlementAccount,
      String correspondentAccount, String bankName) {
  }

  /** The counterparty with this INN and its default requisites (the last approved ones). */
  record CounterpartySummary(String inn, String name, String kpp, String email, boolean onCreditHold) {
  }

  record DirectoryPage(List<CounterpartySummary> items, int page, int size, long total) {
  }

  /** The directory, searched by name or INN ({@code q}), page by page. */
  @GetMapping(params = "!inn")
  @PreAuthorize(READERS)
  DirectoryPage search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    app.tandem.common.input.Paging.check(page, size);
    if (q != null && q.length() > 100) {
      throw InvalidRequestException.of("q", "Search for at most 100 characters");
    }
    var found = directory.search(q, page, size);
    return new DirectoryPage(found.getContent().stream().map(c -> new CounterpartySummary(c.getInn(), c.getName(),
        c.getKpp(), c.getEmail(), c.isOnCreditHold())).toList(), found.getNumber(), found.getSize(),
        found.getTotalElements());
  }

  @GetMapping(params = "inn")
  @PreAuthorize(READERS)
  CounterpartyView find(@RequestParam(required = false) String inn) {
    var problems = RequisitesCheck.start().inn("inn", inn, true).problems();
    InvalidRequestException.throwIfAny("The INN is not valid.", problems);
    return directory.find(inn).map(CounterpartyController::view)
        .orElseThrow(() -> new NotFoundException("No counterparty with INN " + inn.trim()));
  }

  /** Creates (201) or updates (200) a counterparty; every field is validated. */
  @PutMapping("/{inn}")
  @PreAuthorize(MAINTAINERS)
  ResponseEntity<CounterpartyView> save(@PathVariable String inn, @RequestBody CounterpartyUpdate update) {
    boolean anyBankField = update.bik() != null || update.settlementAccount() != null
        || update.correspondentAccount() != null || update.bankName() != null;
    var requisites = anyBankField ? new BankRequisites(update.bik(), update.settlementAccount(),
        update.correspondentAccount(), update.bankName()) : null;
    boolean created = directory.save(new CounterpartyData(inn, update.name(), update.kpp(), update.email(), requisites),
        false);
    var view = view(directory.find(inn).orElseThrow());
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(view);
  }

  /** Puts the customer on credit hold ({@code hold: true}, reason required) or lifts the hold. */
  @PutMapping("/{inn}/credit-hold")
  @PreAuthorize(CREDIT_CONTROLLERS)
  CounterpartyView holdCredit(@PathVariable String inn, @RequestBody CreditHoldChange change, Authentication caller) {
    if (change.hold() == null) {
      throw InvalidRequestException.of("hold", "Say true to put the customer on credit hold or false to lift it");
    }
    directory.holdCredit(inn.trim(), change.hold(), change.reason(), caller.getName());
    return view(directory.find(inn).orElseThrow());
  }

  private static CounterpartyView view(Counterparty counterparty) {
    return new CounterpartyView(counterparty.getInn(), counterparty.getName(), counterparty.getKpp(),
        counterparty.getEmail(), counterparty.defaultAccount().map(CounterpartyController::requisites).orElse(null),
        counterparty.getAccounts().stream().map(CounterpartyController::requisites).toList(),
        new CreditHold(counterparty.isOnCreditHold(), counterparty.getCreditHoldReason(),
            counterparty.getCreditHoldSince(), counterparty.getCreditHoldBy()));
  }

  private static Requisites requisites(CounterpartyAccount account) {
    var bank = account.requisites();
    return new Requisites(bank.bik(), bank.settlementAccount(), bank.correspondentAccount(), bank.bankName(),
        account.getLastUsedAt(), account.getLastApprovedAt());
  }
}
