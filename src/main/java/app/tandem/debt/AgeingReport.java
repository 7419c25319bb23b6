package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open receivables by age: not due, 1–30, 31–60, 61–90 and over 90 days overdue, per manager and
 * customer, with totals per currency (amounts in different currencies are never added up). One
 * query over the open invoices, grouped in memory.
 */
@Service
public class AgeingReport {

  private final ReceivableRepository receivables;
  private final WorkingDayCalendar calendar;

  private final app.tandem.common.history.PeopleNames people;

  AgeingReport(ReceivableRepository receivables, WorkingDayCalendar calendar, app.tandem.common.history.PeopleNames people) {
    this.receivables = receivables;
    this.calendar = calendar;
    this.people = people;
  }

  public record Buckets(BigDecimal notDue, BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90,
      BigDecimal over90, BigDecimal total) {

    static Buckets empty() {
      return new Buckets(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
          BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    Buckets add(long daysOverdue, BigDecimal amount) {
      return new Buckets(
          daysOverdue == 0 ? notDue.add(amount) : notDue,
          daysOverdue >= 1 && daysOverdue <= 30 ? days1To30.add(amount) : days1To30,
          daysOverdue >= 31 && daysOverdue <= 60 ? days31To60.add(amount) : days31To60,
          daysOverdue >= 61 && daysOverdue <= 90 ? days61To90.add(amount) : days61To90,
          daysOverdue > 90 ? over90.add(amount) : over90,
          total.add(amount));
    }
  }

  public record CustomerRow(String managerId, String customerInn, String customerName, String currency, int invoices,
      Buckets buckets) {
  }

  public record ManagerTotal(String managerId, String managerName, String currency, Buckets buckets) {
  }

  public record CurrencyTotal(String currency, Buckets buckets) {
  }

  public record Report(LocalDate asOf, String manager, List<CustomerRow> customers, List<ManagerTotal> managers,
      List<CurrencyTotal> totals) {

    public boolean isEmpty() {
      return customers.isEmpty();
    }
  }

  /** The ageing of every open invoice, or only the manager's when {@code managerId} is given. */
  @Transactional(readOnly = true)
  public Report of(String managerId) {
    LocalDate today = calendar.today();
    List<Receivable> open = managerId == null
        ? receivables.findByStatusNotIn(DebtCases.CLOSED)
        : receivables.findByManagerIdAndStatusNotIn(managerId, DebtCases.CLOSED);
    Map<List<String>, Buckets> byCustomer = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(2)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(3)));
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    Map<List<String>, Buckets> byManager = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)));
    Map<String, Buckets> byCurrency = new TreeMap<>();
    for (Receivable receivable : open) {
      if (receivable.getBalance().signum() == 0) {
        continue;
      }
      long days = receivable.daysOverdue(today);
      BigDecimal balance = receivable.getBalance();
      var customerKey = List.of(receivable.getManagerId(), receivable.getCustomerInn(), receivable.getCustomerName(),
          receivable.getCurrency());
      byCustomer.merge(customerKey, Buckets.empty().add(days, balance), AgeingReport::sum);
      counts.merge(customerKey, 1, Integer::sum);
      byManager.merge(List.of(receivable.getManagerId(), receivable.getCurrency()), Buckets.empty().add(days, balance),
          AgeingReport::sum);
      byCurrency.merge(receivable.getCurrency(), Buckets.empty().add(days, balance), AgeingReport::sum);
    }
    List<CustomerRow> customers = new ArrayList<>();
    byCustomer.forEach((k, b) -> customers.add(new CustomerRow(k.get(0), k.get(1), k.get(2), k.get(3), counts.get(k), b)));
    List<ManagerTotal> managers = new ArrayList<>();
    byManager.forEach((k, b) -> managers.add(new ManagerTotal(k.get(0), people.displayName(k.get(0)), k.get(1),
        b)));
    List<CurrencyTotal> totals = new ArrayList<>();
    byCurrency.forEach((c, b) -> totals.add(new CurrencyTotal(c, b)));
    return new Report(today, managerId, customers, managers, totals);
  }

  /** The report as CSV for Excel: UTF-8 with BOM, {@code ;}-separated, decimal comma. */
  public static byte[] csv(Report report) {
    var out = new StringBuilder("\uFEFF");
    out.append("Manager;Customer INN;Customer;Currency;Invoices;Not due;1-30 days;31-60 days;61-90 days;Over 90 days;Total\r\n");
    for (CustomerRow row : report.customers()) {
      out.append(String.join(";", row.managerId(), row.customerInn(), quoted(row.customerName()), row.currency(),
          String.valueOf(row.invoices()), amounts(row.buckets()))).append("\r\n");
    }
    for (CurrencyTotal total : report.totals()) {
      out.append(String.join(";", "", "", "Total", total.currency(), "", amounts(total.buckets()))).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The report as a plain-text table for e-mails. */
  public static String text(Report report) {
    if (report.isEmpty()) {
      return "No open invoices.";
    }
    var out = new StringBuilder();
    out.append(String.format("%-28s %4s %18s %18s %18s %18s %18s %18s%n", "Customer", "Cur", "Not due", "1-30",
        "31-60", "61-90", "90+", "Total"));
    for (CustomerRow row : report.customers()) {
      out.append(String.format("%-28s %4s %s%n", abbreviate(row.customerName()), row.currency(), columns(row.buckets())));
    }
    for (CurrencyTotal total : report.totals()) {
      out.append(String.format("%-28s %4s %s%n", "TOTAL", total.currency(), columns(total.buckets())));
    }
    return out.toString();
  }

  private static String columns(Buckets b) {
    return String.format("%18s %18s %18s %18s %18s %18s", plain(b.notDue()), plain(b.days1To30()),
        plain(b.days31To60()), plain(b.days61To90()), plain(b.over90()), plain(b.total()));
  }

  private static String plain(BigDecimal amount) {
    String display = new Money(amount, "X").display();
    return display.substring(0, display.length() - 2);
  }

  private static String amounts(Buckets b) {
    return String.join(";", comma(b.notDue()), comma(b.days1To30()), comma(b.days31To60()), comma(b.days61To90()),
        comma(b.over90()), comma(b.total()));
  }

  private static String comma(BigDecimal amount) {
    return amount.setScale(2).toPlainString().replace('.', ',');
  }

  private static String quoted(String text) {
    return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static String abbreviate(String name) {
    return name.length() <= 28 ? name : name.substring(0, 27) + "…";
  }

  private static Buckets sum(Buckets a, Buckets b) {
    return new Buckets(a.notDue().add(b.notDue()), a.days1To30().add(b.days1To30()), a.days31To60().add(b.days31To60()),
        a.days61To90().add(b.days61To90()), a.over90().add(b.over90()), a.total().add(b.total()));
  }
}
