package app.tandem.credit;

import app.tandem.common.error.NotFoundException;
import app.tandem.common.money.Money;
import app.tandem.debt.DebtCases;
import app.tandem.debt.Receivable;
import app.tandem.delivery.DeliveryOrder;
import app.tandem.delivery.OrderService;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer owes and has ordered against its credit, per currency — no amount is converted: the open
 * receivables' balance plus the value of the orders placed and not yet delivered or cancelled; with the line of
 * that currency, what is still available (none without a line: deferred terms need a limit).
 */
@Service
public class CreditExposure {

  private final CounterpartyDirectory directory;
  private final CreditLines lines;
  private final DebtCases debts;
  private final OrderService orders;

  CreditExposure(CounterpartyDirectory directory, CreditLines lines, DebtCases debts, OrderService orders) {
    this.directory = directory;
    this.lines = lines;
    this.debts = debts;
    this.orders = orders;
  }

  /** One currency of the customer's credit: its line (if any) and what stands against it. */
  public record Currency(String currency, Money limit, Money receivables, Money orders, Money exposure,
      Money available, Integer termDays, String rating, LocalDate nextReviewOn) {
  }

  public record Credit(String inn, String name, boolean onCreditHold, String creditHoldReason,
      List<Currency> currencies) {
  }

  @Transactional(readOnly = true)
  public Credit of(String inn) {
    var customer = directory.find(inn).orElseThrow(() -> new NotFoundException("No counterparty with INN " + inn));
    Map<String, BigDecimal> receivables = new TreeMap<>();
    for (Receivable receivable : debts.openInvoicesOf(inn)) {
      receivables.merge(receivable.getCurrency(), receivable.getBalance(), BigDecimal::add);
    }
    Map<String, BigDecimal> ordered = new TreeMap<>();
    for (DeliveryOrder order : orders.openOrdersOf(inn)) {
      ordered.merge(order.getCurrency(), order.getValue(), BigDecimal::add);
    }
    Map<String, CreditLine> byCurrency = new TreeMap<>();
    lines.of(inn).forEach(line -> byCurrency.put(line.getCurrency(), line));
    var currencies = new TreeSet<String>();
    currencies.addAll(receivables.keySet());
    currencies.addAll(ordered.keySet());
    currencies.addAll(byCurrency.keySet());
    List<Currency> result = new ArrayList<>();
    for (String currency : currencies) {
      var owed = money(receivables.get(currency), currency);
      var onOrder = money(ordered.get(currency), currency);
      var exposure = new Money(owed.amount().add(onOrder.amount()), currency);
      var line = byCurrency.get(currency);
      result.add(line == null
          ? new Currency(currency, null, owed, onOrder, exposure, null, null, null, null)
          : new Currency(currency, line.limit(), owed, onOrder, exposure,
              new Money(line.limit().amount().subtract(exposure.amount()), currency), line.getTermDays(),
              line.getRating(), line.getNextReviewOn()));
    }
    return new Credit(inn, customer.getName(), customer.isOnCreditHold(), customer.getCreditHoldReason(), result);
  }

  private static Money money(BigDecimal amount, String currency) {
    return new Money((amount == null ? BigDecimal.ZERO : amount).setScale(2), currency);
  }
}
