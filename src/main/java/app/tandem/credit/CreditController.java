package app.tandem.credit;

import app.tandem.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's credit for staff and other systems: per currency its limit, exposure, what is available, its terms. */
@RestController
class CreditController {

  static final String READERS =
      "hasAnyAuthority('sales-managers', 'sales-heads', 'accounting', 'finance', 'legal', 'camunda-admin')";

  private final CreditExposure exposure;

  CreditController(CreditExposure exposure) {
    this.exposure = exposure;
  }

  record CurrencyView(String currency, BigDecimal limit, BigDecimal receivables, BigDecimal orders,
      BigDecimal exposure, BigDecimal available, Integer termDays, String rating, LocalDate nextReview) {
  }

  record CreditView(String inn, String name, boolean onCreditHold, String creditHoldReason,
      List<CurrencyView> currencies) {
  }

  @GetMapping("/api/counterparties/{inn}/credit")
  @PreAuthorize(READERS)
  CreditView credit(@PathVariable String inn) {
    var credit = exposure.of(inn);
    return new CreditView(credit.inn(), credit.name(), credit.onCreditHold(), credit.creditHoldReason(),
        credit.currencies().stream().map(c -> new CurrencyView(c.currency(), amount(c.limit()),
            amount(c.receivables()), amount(c.orders()), amount(c.exposure()), amount(c.available()), c.termDays(),
            c.rating(), c.nextReviewOn())).toList());
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }
}
