package app.tandem.cases;

import app.tandem.common.money.Money;
import app.tandem.debt.OverdueDebtEscalationProcess;
import app.tandem.debt.ReceivableStatus;
import app.tandem.delivery.DeliveryPrioritisationProcess;
import app.tandem.delivery.OrderStatus;
import app.tandem.identity.Callers;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup.Ids;
import app.tandem.payment.PaymentApprovalProcess;
import app.tandem.payment.PaymentStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the cases of every process — payment requests, overdue invoices, orders — by number, counterparty
 * (name or INN) or manager, open or closed, among those the caller may read: each process's readers as its
 * API has them, sales managers only their own cases.
 */
@Service
public class CaseSearch {

  public enum State { OPEN, CLOSED, ALL }

  /** A case as the search lists it; {@code link} is the API answer with its documents and history. */
  public record Found(String process, String processName, String number, String counterparty, String inn,
      String manager, String managerName, String status, String statusLabel, BigDecimal amount, String currency,
      String amountDisplay, Instant changedAt, boolean closed, String link) {

    Found withManagerName(String name) {
      return new Found(process, processName, number, counterparty, inn, manager, name, status, statusLabel, amount,
          currency, amountDisplay, changedAt, closed, link);
    }
  }

  public record Page(List<Found> items, int page, int size, long total) {
  }

  /** One process's table, read as a case: who may see it, and which statuses close it. */
  private record Source(String process, String name, String sql, Set<String> readers, Set<String> closed,
      String link) {
  }

  private static final List<Source> SOURCES = List.of(
      new Source(PaymentApprovalProcess.KEY, "Payment request",
          "select number, contractor_name as counterparty, contractor_inn as inn, initiator as manager, status, amount,"
              + " currency, updated_at as changed from payment_request",
          Set.of(Ids.SALES_MANAGERS, Ids.SALES_HEADS, Ids.FINANCE, Ids.ACCOUNTING, Ids.ADMINISTRATORS),
          Set.of(PaymentStatus.PAID.name(), PaymentStatus.REJECTED.name()), "/api/payment-requests/"),
      new Source(OverdueDebtEscalationProcess.KEY, "Customer invoice",
          "select invoice_number as number, customer_name as counterparty, customer_inn as inn, manager_id as manager,"
              + " status, balance as amount, currency, updated_at as changed from receivable",
          Set.of(Ids.SALES_MANAGERS, Ids.SALES_HEADS, Ids.ACCOUNTING, Ids.FINANCE, Ids.LEGAL, Ids.ADMINISTRATORS),
          Set.of(ReceivableStatus.SETTLED.name(), ReceivableStatus.WRITTEN_OFF.name()), "/api/receivables/"),
      new Source(DeliveryPrioritisationProcess.KEY, "Order",
          "select order_number as number, customer_name as counterparty, customer_inn as inn, manager_id as manager,"
              + " status, order_value as amount, currency, updated_at as changed from delivery_order",
          Set.of(Ids.SALES_MANAGERS, Ids.SALES_HEADS, Ids.DELIVERY, Ids.ADMINISTRATORS),
          Set.of(OrderStatus.DELIVERED.name(), OrderStatus.CANCELLED.name()), "/api/orders/"));

  private final NamedParameterJdbcTemplate jdbc;
  private final Staff staff;

  CaseSearch(NamedParameterJdbcTemplate jdbc, Staff staff) {
    this.jdbc = jdbc;
    this.staff = staff;
  }

  /** The processes whose cases the caller may find. */
  public static List<String> readable(Authentication caller) {
    Set<String> groups = groups(caller);
    return SOURCES.stream().filter(source -> source.readers().stream().anyMatch(groups::contains))
        .map(Source::process).toList();
  }

  @Transactional(readOnly = true)
  public Page search(String text, String process, String manager, State state, int page, int size,
      Authentication caller) {
    Set<String> groups = groups(caller);
    List<String> parts = new ArrayList<>();
    var parameters = new MapSqlParameterSource();
    for (Source source : SOURCES) {
      if ((process != null && !process.equals(source.process()))
          || source.readers().stream().noneMatch(groups::contains)) {
        continue;
      }
      List<String> where = new ArrayList<>();
      String prefix = source.process().replace('-', '_');
      if (Callers.seesOnlyOwnCases(caller, source.readers().stream().filter(group -> !Ids.SALES_MANAGERS.equals(group))
          .toArray(String[]::new))) {
        where.add("manager = :me");
        parameters.addValue("me", caller.getName());
      }
      if (state != State.ALL) {
        where.add("status " + (state == State.CLOSED ? "in" : "not in") + " (:" + prefix + "_closed)");
        parameters.addValue(prefix + "_closed", source.closed());
      }
      parts.add("select '" + source.process() + "' as process, c.* from (" + source.sql() + ") c"
          + (where.isEmpty() ? "" : " where " + String.join(" and ", where)));
    }
    if (parts.isEmpty()) {
      return new Page(List.of(), page, size, 0);
    }
    List<String> filters = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      filters.add("(lower(number) like :text or lower(coalesce(counterparty, '')) like :text or inn like :text)");
      parameters.addValue("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
          + "%");
    }
    if (manager != null && !manager.isBlank()) {
      filters.add("manager = :manager");
      parameters.addValue("manager", manager.strip());
    }
    String union = "select * from (" + String.join(" union all ", parts) + ") cases"
        + (filters.isEmpty() ? "" : " where " + String.join(" and ", filters));
    Long total = jdbc.queryForObject("select count(*) from (" + union + ") counted", parameters, Long.class);
    parameters.addValue("limit", size).addValue("offset", (long) page * size);
    List<Found> items = jdbc.query(union + " order by changed desc, number limit :limit offset :offset", parameters,
        (rs, row) -> found(rs.getString("process"), rs.getString("number"), rs.getString("counterparty"),
            rs.getString("inn"), rs.getString("manager"), rs.getString("status"), rs.getBigDecimal("amount"),
            rs.getString("currency"), rs.getTimestamp("changed")));
    var names = staff.of(items.stream().map(Found::manager).toList());
    items = items.stream().map(found -> found.withManagerName(names.displayName(found.manager()))).toList();
    return new Page(items, page, size, total == null ? 0 : total);
  }

  private Found found(String process, String number, String counterparty, String inn, String manager, String status,
      BigDecimal amount, String currency, Timestamp changed) {
    Source source = SOURCES.stream().filter(candidate -> candidate.process().equals(process)).findFirst().orElseThrow();
    return new Found(process, source.name(), number, counterparty, inn, manager, manager, status,
        label(process, status), amount, currency, amount == null ? null : new Money(amount, currency).display(),
        changed == null ? null : changed.toInstant(), source.closed().contains(status), source.link() + number);
  }

  private static String label(String process, String status) {
    try {
      return switch (process) {
        case PaymentApprovalProcess.KEY -> PaymentStatus.valueOf(status).label();
        case OverdueDebtEscalationProcess.KEY -> ReceivableStatus.valueOf(status).label();
        default -> OrderStatus.valueOf(status).label();
      };
    } catch (IllegalArgumentException unknown) {
      return status;
    }
  }

  private static Set<String> groups(Authentication caller) {
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }

  /** The processes as the search offers them: key → name. */
  public static Map<String, String> processes() {
    Map<String, String> names = new LinkedHashMap<>();
    SOURCES.forEach(source -> names.put(source.process(), source.name()));
    return names;
  }
}
