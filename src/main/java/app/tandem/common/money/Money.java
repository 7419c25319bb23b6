package app.tandem.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** An amount of money in a currency Tandem trades in; never a double. */
public record Money(BigDecimal amount, String currency) {

  /** The currencies Tandem pays and invoices in. */
  public static final Set<String> CURRENCIES = Set.of("RUB", "USD", "EUR", "CNY");

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * As the office writes it: {@code 1 250 000,50 ₽}, other currencies by their code ({@code 10 000,00 USD}).
   * Groups and the sign are joined by non-breaking spaces, so that an amount never wraps.
   */
  public String display() {
    return amountDisplay(amount) + "\u00a0" + ("RUB".equals(currency) ? "₽" : currency);
  }

  /** The number alone as the office writes it: {@code 1 250 000,50}. */
  public static String amountDisplay(BigDecimal amount) {
    var symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('\u00a0');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.00", symbols).format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** The problem with an amount as a user typed it, or null: positive, at most 2 decimals. */
  public static String amountProblem(BigDecimal amount) {
    if (amount == null) {
      return "Amount is required";
    }
    if (amount.signum() <= 0) {
      return "Amount must be greater than 0";
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return "Amount can have at most 2 decimal places";
    }
    if (amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
      return "Amount is too large";
    }
    return null;
  }

  /** The problem with a currency code, or null. */
  public static String currencyProblem(String currency) {
    if (currency == null || currency.isBlank()) {
      return "Currency is required";
    }
    return CURRENCIES.contains(currency) ? null : "Currency must be one of RUB, USD, EUR, CNY";
  }

  @Override
  public String toString() {
    return display();
  }
}
