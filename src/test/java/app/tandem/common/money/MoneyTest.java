package app.tandem.common.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({"1250000, RUB, '1\u00a0250\u00a0000,00\u00a0₽'", "0.5, USD, '0,50\u00a0USD'",
      "999.99, EUR, '999,99\u00a0EUR'", "12345678.9, CNY, '12\u00a0345\u00a0678,90\u00a0CNY'"})
  void displaysAsPeopleReadIt(BigDecimal amount, String currency, String expected) {
    assertThat(new Money(amount, currency).display()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, Amount must be greater than 0", "-5, Amount must be greater than 0",
      "1.234, Amount can have at most 2 decimal places", "1000000000000, Amount is too large"})
  void refusesAmountsThatCannotBePaid(BigDecimal amount, String problem) {
    assertThat(Money.amountProblem(amount)).isEqualTo(problem);
  }

  @Test
  void acceptsAmountsWithUpToTwoDecimals() {
    assertThat(Money.amountProblem(new BigDecimal("1250000.50"))).isNull();
    assertThat(Money.amountProblem(new BigDecimal("1.200"))).as("trailing zeros are not decimals").isNull();
    assertThat(Money.amountProblem(null)).isEqualTo("Amount is required");
  }

  @Test
  void knowsTheCurrencies() {
    assertThat(Money.currencyProblem("RUB")).isNull();
    assertThat(Money.currencyProblem("GBP")).isEqualTo("Currency must be one of RUB, USD, EUR, CNY");
    assertThat(Money.currencyProblem("")).isEqualTo("Currency is required");
  }
}
