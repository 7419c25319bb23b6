package app.tandem.debt;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/receivables for accounting and credit control: registration, import, payments, status, ageing. */
@TandemSpringTest
class ReceivableApiTest {

  @LocalServerPort
  int port;
  @Autowired
  WorkingDayCalendar calendar;

  String json(String number, String inn, String manager, String amount, LocalDate issue, LocalDate due) {
    return """
        {"invoiceNumber":"%s","customerInn":"%s","customerName":"Volga Foods LLC","managerId":"%s","amount":%s,
         "currency":"RUB","issueDate":"%s","dueDate":"%s","customerEmail":"ap@volga.example"}"""
        .formatted(number, inn, manager, amount, issue, due);
  }

  LocalDate today() {
    return calendar.today();
  }

  @Test
  void accountingRegistersAnInvoiceOnceAndAChangedRepeatIsAConflict() {
    var olga = HttpCaller.as(port, "olga");
    String inn = DebtFixtures.nextInn();
    String body = json("INV-A1", inn, "anna", "125000.50", today().minusDays(40), today().minusDays(10));

    var created = olga.postJson("/api/receivables", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"status\":\"NOT_DUE\"", "\"balance\":125000.50", "\"daysOverdue\":10",
        "\"event\":\"REGISTERED\"");

    assertThat(olga.postJson("/api/receivables", body).statusCode()).isEqualTo(200);
    var changed = olga.postJson("/api/receivables", body.replace("125000.50", "125000.51"));
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(changed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/problem+json"));
    assertThat(changed.body()).contains("already registered with different content");
  }

  @Test
  void badInvoicesAreRefusedFieldByField() {
    var response = HttpCaller.as(port, "olga").postJson("/api/receivables",
        json("INV/BAD", "7712345678", "nobody", "-5", today(), today().minusDays(1)));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"invoiceNumber\"", "\"field\":\"customerInn\"",
        "Unknown manager: no sales manager has the user id 'nobody'", "Amount must be greater than 0",
        "Due date must not be before the issue date");
  }

  @Test
  void onlyAccountingRegistersAndEveryoneMustSignIn() {
    String body = json("INV-A2", DebtFixtures.nextInn(), "anna", "10", today(), today());
    assertThat(HttpCaller.as(port, "anna").postJson("/api/receivables", body).statusCode()).isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).postJson("/api/receivables", body).statusCode()).isEqualTo(401);
  }

  @Test
  void aCsvImportTakesTheGoodLinesReportsTheBrokenOneAndIsIdempotent() {
    String csv = "\uFEFFinvoiceNumber;customerInn;customerName;managerId;amount;currency;issueDate;dueDate;customerEmail\n"
        + "CSV-1;" + DebtFixtures.nextInn() + ";\"Ural; Steel\";anna;1 250 000,50;RUB;01.10.2026;31.10.2026;\n"
        + "CSV-2;123;Broken LLC;anna;abc;RUB;2026-10-01;2026-10-31;\n"
        + "CSV-3;" + DebtFixtures.nextInn() + ";Kama Trade;boris;700.00;USD;2026-11-01;2026-12-01;kama@example.com\n";
    var olga = HttpCaller.as(port, "olga");
    var first = olga.post("/api/receivables/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("\"created\":2", "\"unchanged\":0", "\"rejected\":1",
        "\"line\":3,\"invoiceNumber\":\"CSV-2\",\"result\":\"REJECTED\"", "is not a number like 1250000,50",
        "INN must have 10 digits (organisation) or 12 digits");
    assertThat(olga.get("/api/receivables/CSV-1").body()).contains("\"amount\":1250000.50", "\"customerName\":\"Ural; Steel\"");

    var again = olga.postFile("/api/receivables/import", "file", "invoices.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(again.body()).contains("\"created\":0", "\"unchanged\":2", "\"rejected\":1");

    var header = olga.post("/api/receivables/import", "text/csv", "number;amount\n1;2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(header.statusCode()).isEqualTo(400);
    assertThat(header.body()).contains("Unknown column 'number'", "Column 'invoiceNumber' is missing");
  }

  @Test
  void paymentsReduceTheBalanceAnOverpaymentIsFlaggedAndARepeatCountsOnce() {
    var olga = HttpCaller.as(port, "olga");
    olga.postJson("/api/receivables", json("INV-P1", DebtFixtures.nextInn(), "anna", "1000.00", today().minusDays(20),
        today().minusDays(5)));
    String part = "{\"amount\":400,\"date\":\"%s\",\"reference\":\"PP-100\"}".formatted(today());
    var first = olga.postJson("/api/receivables/INV-P1/payments", part);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains("\"balance\":600.00", "\"overpaid\":false");
    assertThat(olga.postJson("/api/receivables/INV-P1/payments", part).statusCode()).isEqualTo(200);

    var rest = olga.postJson("/api/receivables/INV-P1/payments",
        "{\"amount\":650,\"date\":\"%s\",\"reference\":\"PP-101\"}".formatted(today()));
    assertThat(rest.body()).contains("\"status\":\"SETTLED\"", "\"balance\":0.00", "\"overpaid\":true",
        "\"overpayment\":50.00", "\"event\":\"OVERPAID\"");

    assertThat(olga.postJson("/api/receivables/NOPE/payments", part).statusCode()).isEqualTo(404);
    var bad = olga.postJson("/api/receivables/INV-P1/payments", "{\"amount\":0,\"date\":\"%s\"}"
        .formatted(today().plusDays(1)));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Amount must be greater than 0", "Payment date must not be in the future",
        "The bank reference of the payment is required");
  }

  @Test
  void managersSeeTheirOwnCustomersOnlyAndTheAgeingHasTotalsPerCurrency() {
    var olga = HttpCaller.as(port, "olga");
    String inn = DebtFixtures.nextInn();
    olga.postJson("/api/receivables", json("INV-G1", inn, "anna", "100.00", today().minusDays(80), today().minusDays(45)));
    olga.postJson("/api/receivables", json("INV-G2", inn, "anna", "50.00", today().minusDays(10), today().plusDays(10)));

    assertThat(HttpCaller.as(port, "anna").get("/api/receivables/INV-G1").statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "boris").get("/api/receivables/INV-G1").statusCode()).isEqualTo(404);

    var annas = HttpCaller.as(port, "anna").get("/api/receivables/aging");
    assertThat(annas.statusCode()).as(annas.body()).isEqualTo(200);
    assertThat(annas.body()).contains("\"manager\":\"anna\"", "\"customerInn\":\"" + inn + "\"",
        "\"notDue\":50.00", "\"days31To60\":100.00", "\"total\":150.00").doesNotContain("\"managerId\":\"boris\"");
    assertThat(HttpCaller.as(port, "anna").get("/api/receivables/aging?manager=boris").statusCode()).isEqualTo(403);
    var all = HttpCaller.as(port, "svetlana").get("/api/receivables/aging");
    assertThat(all.body()).contains("\"totals\":[{\"currency\":\"RUB\"");
  }

  @Test
  void theHeadOfSalesPutsACustomerOnCreditHoldWithAReason() {
    String inn = DebtFixtures.nextInn();
    HttpCaller.as(port, "olga").postJson("/api/receivables", json("INV-H1", inn, "anna", "10.00", today(), today()));
    var svetlana = HttpCaller.as(port, "svetlana");
    var noReason = svetlana.putJson("/api/counterparties/" + inn + "/credit-hold", "{\"hold\":true}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Say why the customer is put on credit hold");
    var held = svetlana.putJson("/api/counterparties/" + inn + "/credit-hold",
        "{\"hold\":true,\"reason\":\"Three invoices overdue\"}");
    assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
    assertThat(held.body()).contains("\"onHold\":true", "\"reason\":\"Three invoices overdue\"", "\"by\":\"svetlana\"");
    assertThat(HttpCaller.as(port, "olga").get("/api/receivables/INV-H1").body()).contains("\"customerOnCreditHold\":true");
    assertThat(HttpCaller.as(port, "anna").putJson("/api/counterparties/" + inn + "/credit-hold", "{\"hold\":false}")
        .statusCode()).isEqualTo(403);
    assertThat(svetlana.putJson("/api/counterparties/" + inn + "/credit-hold", "{\"hold\":false}").body())
        .contains("\"onHold\":false");
  }
}
