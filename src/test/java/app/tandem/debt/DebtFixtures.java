package app.tandem.debt;

import static app.tandem.party.requisites.RequisitesFixtures.inn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Invoices for debt tests: unique numbers and customer INNs across a test JVM. */
public final class DebtFixtures {

  private static final AtomicInteger SEQ = new AtomicInteger(100);

  private DebtFixtures() {
  }

  public static String nextInn() {
    return inn("7712" + String.format("%05d", SEQ.incrementAndGet()));
  }

  public static ReceivableData invoice(LocalDate today, int daysOverdue, String amount, String currency) {
    int n = SEQ.incrementAndGet();
    LocalDate due = today.minusDays(daysOverdue);
    return new ReceivableData("INV-" + n, nextInn(), "Customer " + n + " LLC", "anna", new BigDecimal(amount), currency,
        due.minusDays(30), due, "ap" + n + "@customer.example");
  }
}
