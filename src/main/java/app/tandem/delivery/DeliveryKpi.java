package app.tandem.delivery;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery performance for orders requested in a period, per team and class: the on-time rate
 * (delivered by the requested date, against those delivered late or still undelivered after it) and
 * the average wait from receipt to delivery. Cancelled orders do not count.
 */
@Service
public class DeliveryKpi {

  static final int MAX_DAYS = 366;

  private final DeliveryOrderRepository orders;
  private final WorkingDayCalendar calendar;

  DeliveryKpi(DeliveryOrderRepository orders, WorkingDayCalendar calendar) {
    this.orders = orders;
    this.calendar = calendar;
  }

  /**
   * @param onTimeRate share of due orders delivered on time, 0..1 (null while none is due)
   * @param averageWaitDays calendar days from receipt to delivery, over delivered orders (null if none)
   */
  public record Group(String team, String priorityClass, int orders, int delivered, int onTime, int late,
      int open, BigDecimal onTimeRate, BigDecimal averageWaitDays) {
  }

  public record Report(LocalDate from, LocalDate to, LocalDate asOf, Group total, List<Group> byTeam,
      List<Group> byTeamAndClass) {
  }

  @Transactional(readOnly = true)
  public Report of(LocalDate from, LocalDate to) {
    List<FieldProblem> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new FieldProblem("from", "Give the first requested date of the period, e.g. from=2026-11-01"));
    }
    if (to == null) {
      problems.add(new FieldProblem("to", "Give the last requested date of the period, e.g. to=2026-11-30"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new FieldProblem("to", "The period must not end before it starts"));
    } else if (from != null && to != null && from.plusDays(MAX_DAYS).isBefore(to)) {
      problems.add(new FieldProblem("to", "The period must be at most " + MAX_DAYS + " days"));
    }
    InvalidRequestException.throwIfAny("The period is invalid.", problems);
    LocalDate today = calendar.today();
    var counted = orders.findByRequestedDateBetween(from, to).stream()
        .filter(order -> order.getStatus() != OrderStatus.CANCELLED)
        .sorted(Comparator.comparing(DeliveryOrder::getOrderNumber)).toList();
    Map<String, List<DeliveryOrder>> byTeam = new TreeMap<>();
    Map<String, List<DeliveryOrder>> byTeamAndClass = new TreeMap<>();
    for (DeliveryOrder order : counted) {
      byTeam.computeIfAbsent(order.getTeam().name(), k -> new ArrayList<>()).add(order);
      String cls = order.getPriorityClass() == null ? "-" : order.getPriorityClass();
      byTeamAndClass.computeIfAbsent(order.getTeam().name() + "|" + cls, k -> new ArrayList<>()).add(order);
    }
    return new Report(from, to, today, group(null, null, counted, today),
        byTeam.entrySet().stream().map(e -> group(e.getKey(), null, e.getValue(), today)).toList(),
        byTeamAndClass.entrySet().stream()
            .map(e -> group(e.getKey().split("\\|")[0], e.getKey().split("\\|")[1], e.getValue(), today)).toList());
  }

  private static Group group(String team, String cls, List<DeliveryOrder> orders, LocalDate today) {
    int delivered = 0;
    int onTime = 0;
    int late = 0;
    long waitSeconds = 0;
    for (DeliveryOrder order : orders) {
      if (order.getStatus() == OrderStatus.DELIVERED) {
        delivered++;
        waitSeconds += Duration.between(order.getReceivedAt(), order.getDeliveredAt()).getSeconds();
        if (order.getDeliveredOn().isAfter(order.getRequestedDate())) {
          late++;
        } else {
          onTime++;
        }
      } else if (order.getRequestedDate().isBefore(today)) {
        late++;
      }
    }
    int open = orders.size() - delivered;
    BigDecimal rate = onTime + late == 0 ? null
        : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(onTime + late), 3, RoundingMode.HALF_UP);
    BigDecimal wait = delivered == 0 ? null
        : BigDecimal.valueOf(waitSeconds).divide(BigDecimal.valueOf(86_400L * delivered), 1, RoundingMode.HALF_UP);
    return new Group(team, cls, orders.size(), delivered, onTime, late, open, rate, wait);
  }
}
