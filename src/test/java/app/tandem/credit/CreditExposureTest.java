package app.tandem.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.credit.CreditLines.Grant;
import app.tandem.debt.DebtFixtures;
import app.tandem.debt.ReceivableData;
import app.tandem.debt.ReceivableService;
import app.tandem.delivery.DeliveryFixtures;
import app.tandem.delivery.OrderData;
import app.tandem.delivery.OrderIntake;
import app.tandem.delivery.OrderService;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer's credit per currency, on the database: open receivables plus orders not yet delivered or cancelled
 * against the line of the same currency — settled invoices, delivered and cancelled orders do not count, and no
 * amount is ever converted. Each test has its own customer.
 */
@TandemSpringTest
class CreditExposureTest {

  @LocalServerPort
  int port;
  @Autowired
  CreditExposure exposure;
  @Autowired
  CreditLines lines;
  @Autowired
  ReceivableService receivables;
  @Autowired
  OrderIntake intake;
  @Autowired
  OrderService orders;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  CaseHistory history;
  @Autowired
  WorkingDayCalendar calendar;

  static Money rub(String amount) {
    return new Money(new BigDecimal(amount), "RUB");
  }

  String customer() {
    String inn = DebtFixtures.nextInn();
    directory.ensureCustomer(inn, "Customer " + inn + " LLC", null);
    return inn;
  }

  void invoice(String inn, String amount, String currency) {
    var base = DebtFixtures.invoice(calendar.today(), 5, amount, currency);
    receivables.register(new ReceivableData(base.invoiceNumber(), inn, "Customer " + inn + " LLC", "anna",
        base.amount(), currency, base.issueDate(), base.dueDate(), null), "olga");
  }

  String order(String inn, String value, String currency) {
    var base = DeliveryFixtures.order(calendar.plusWorkingDays(calendar.today(), 3));
    var data = new OrderData(base.orderNumber(), inn, "Customer " + inn + " LLC", base.team(), new BigDecimal(value),
        currency, base.requestedDate(), base.address(), base.zone(), base.goods(), base.weightKg(), false, false,
        base.receiverName(), base.powerOfAttorneyNumber(), base.powerOfAttorneyValidUntil(), base.managerId(), null);
    return intake.receive(data, "boris").order().getOrderNumber();
  }

  @Test
  void exposureIsOpenReceivablesPlusOpenOrdersPerCurrencyAgainstTheLineOfThatCurrency() {
    String inn = customer();
    invoice(inn, "300000.00", "RUB");
    invoice(inn, "50000.50", "RUB");
    invoice(inn, "2000.00", "USD");
    order(inn, "150000.00", "RUB");
    order(inn, "1000.00", "EUR");
    lines.grant(inn, new Grant(rub("1000000"), 45, "B", calendar.today().plusMonths(6), "CC-2026-00001"), "fedor");

    var credit = exposure.of(inn);
    assertThat(credit.currencies()).extracting(CreditExposure.Currency::currency).containsExactly("EUR", "RUB", "USD");
    var rub = credit.currencies().get(1);
    assertThat(rub.receivables()).isEqualTo(rub("350000.50"));
    assertThat(rub.orders()).isEqualTo(rub("150000.00"));
    assertThat(rub.exposure()).isEqualTo(rub("500000.50"));
    assertThat(rub.limit()).isEqualTo(rub("1000000.00"));
    assertThat(rub.available()).isEqualTo(rub("499999.50"));
    assertThat(rub.termDays()).isEqualTo(45);
    assertThat(rub.rating()).isEqualTo("B");
    var usd = credit.currencies().get(2);
    assertThat(usd.exposure()).isEqualTo(new Money(new BigDecimal("2000.00"), "USD"));
    assertThat(usd.limit()).as("no line in USD: nothing is converted into the RUB line").isNull();
    assertThat(usd.available()).isNull();
    assertThat(credit.currencies().get(0).orders()).isEqualTo(new Money(new BigDecimal("1000.00"), "EUR"));
  }

  @Test
  void settledInvoicesAndDeliveredOrCancelledOrdersNoLongerCount() {
    String inn = customer();
    invoice(inn, "100000.00", "RUB");
    var settled = DebtFixtures.invoice(calendar.today(), 5, "40000.00", "RUB");
    receivables.register(new ReceivableData(settled.invoiceNumber(), inn, "Customer " + inn + " LLC", "anna",
        settled.amount(), "RUB", settled.issueDate(), settled.dueDate(), null), "olga");
    receivables.recordPayment(settled.invoiceNumber(),
        new ReceivableService.PaymentData(new BigDecimal("40000.00"), calendar.today(), "PP-1"), "olga");
    String delivered = order(inn, "70000.00", "RUB");
    orders.recordDelivered(delivered, Instant.now(), true, "dmitry");
    String cancelled = order(inn, "30000.00", "RUB");
    orders.decideHold(cancelled, OrderService.HoldDecision.CANCEL, "The customer withdrew it", "svetlana");
    order(inn, "20000.00", "RUB");

    var rub = exposure.of(inn).currencies().get(0);
    assertThat(rub.receivables()).isEqualTo(rub("100000.00"));
    assertThat(rub.orders()).isEqualTo(rub("20000.00"));
    assertThat(rub.exposure()).isEqualTo(rub("120000.00"));
  }

  @Test
  void overTheLimitLeavesANegativeAvailableAndAChangedLineIsInTheHistory() {
    String inn = customer();
    invoice(inn, "80000.00", "RUB");
    lines.grant(inn, new Grant(rub("100000"), 30, "C", calendar.today().plusMonths(3), null), "fedor");
    lines.grant(inn, new Grant(rub("50000"), 14, "C", calendar.today().plusMonths(3), null), "fedor");

    var rub = exposure.of(inn).currencies().get(0);
    assertThat(rub.available()).isEqualTo(rub("-30000.00"));
    assertThat(lines.of(inn)).singleElement().satisfies(line -> assertThat(line.getTermDays()).isEqualTo(14));
    assertThat(history.of(CreditLines.CASE_TYPE, inn)).extracting("event")
        .containsSubsequence("CREDIT_LINE_GRANTED", "CREDIT_LINE_CHANGED");
  }

  @Test
  void aGrantIsCheckedFieldByFieldAndAZeroLimitMeansPrepaymentOnly() {
    String inn = customer();
    assertThatThrownBy(() -> lines.grant(inn, new Grant(new Money(new BigDecimal("-1"), "GBP"), 400, "E",
        calendar.today(), null), "fedor"))
        .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.fields())
            .extracting("field").containsExactly("limit", "currency", "termDays", "rating", "nextReviewOn"));
    assertThatThrownBy(() -> lines.grant(DebtFixtures.nextInn(), new Grant(rub("1"), 0, "D", calendar.today().plusDays(30),
        null), "fedor")).isInstanceOf(NotFoundException.class);

    lines.grant(inn, new Grant(rub("0"), 0, "D", calendar.today().plusMonths(1), null), "fedor");
    assertThat(exposure.of(inn).currencies().get(0).available()).isEqualTo(rub("0.00"));
  }

  @Test
  void theApiShowsTheCreditToStaffWhoMayReadItOnly() throws Exception {
    String inn = customer();
    invoice(inn, "10000.00", "RUB");
    lines.grant(inn, new Grant(rub("500000"), 30, "A", calendar.today().plusMonths(12), null), "fedor");

    var answer = HttpCaller.as(port, "anna").get("/api/counterparties/" + inn + "/credit");
    assertThat(answer.statusCode()).isEqualTo(200);
    var json = new ObjectMapper().readTree(answer.body());
    assertThat(json.get("inn").asText()).isEqualTo(inn);
    assertThat(json.at("/currencies/0/currency").asText()).isEqualTo("RUB");
    assertThat(json.at("/currencies/0/available").decimalValue()).isEqualByComparingTo("490000.00");
    assertThat(json.at("/currencies/0/nextReview").asText()).isEqualTo(calendar.today().plusMonths(12).toString());

    assertThat(HttpCaller.as(port, "dmitry").get("/api/counterparties/" + inn + "/credit").statusCode())
        .as("the delivery service has no business with a customer's credit").isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).get("/api/counterparties/" + inn + "/credit").statusCode()).isEqualTo(401);
    var unknown = HttpCaller.as(port, "fedor").get("/api/counterparties/" + DebtFixtures.nextInn() + "/credit");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }
}
