package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryListProcess.*;

import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPlanning.Line;
import app.tandem.delivery.DeliverySchedule;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/** Ranks the ready orders for the next working day and lays the list out for the head of sales' form. */
@Component("prepareDeliveryList")
class PrepareDeliveryListDelegate implements JavaDelegate {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final DeliveryPlanning planning;
  private final DeliverySchedule schedule;

  PrepareDeliveryListDelegate(DeliveryPlanning planning, DeliverySchedule schedule) {
    this.planning = planning;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var date = schedule.listDeliveryDate();
    var prepared = planning.prepare(date);
    execution.setProcessBusinessKey("delivery-list-" + date);
    LIST_DATE.set(execution, date.toString());
    LIST_TITLE.set(execution, DeliverySchedule.title(date));
    if (prepared.isEmpty()) {
      ORDERS_ON_LIST.set(execution, 0);
      return;
    }
    var list = prepared.get();
    ORDERS_ON_LIST.set(execution, list.scheduled().size() + list.heldBack().size());
    DELIVERY_LIST.set(execution, Spin.JSON(list.scheduled().stream().map(PrepareDeliveryListDelegate::row).toList()));
    HELD_BACK.set(execution, Spin.JSON(list.heldBack().stream().map(PrepareDeliveryListDelegate::row).toList()));
    ORDER_OPTIONS.set(execution, Spin.JSON(list.scheduled().stream()
        .map(line -> Map.of("label", line.rank() + ". " + line.order() + " — " + line.customer(), "value", line.order()))
        .toList()));
    CAPACITY_ORDERS.set(execution, list.capacityOrders());
    CAPACITY_WEIGHT.set(execution, list.capacityWeightKg().stripTrailingZeros().toPlainString());
    CAPACITY_NOTE.set(execution, capacityNote(list.scheduled(), list.capacityOrders(), list.capacityWeightKg()));
  }

  static Map<String, Object> row(Line line) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rank", line.rank());
    row.put("order", line.order());
    row.put("customer", line.customer());
    row.put("team", line.team());
    row.put("priorityClass", line.priorityClass());
    row.put("score", line.score());
    row.put("reason", line.reason());
    row.put("requestedDate", DATE.format(line.requestedDate()) + (line.late() ? " LATE" : ""));
    row.put("zone", line.zone());
    row.put("weightKg", line.weightKg().stripTrailingZeros().toPlainString());
    row.put("manager", line.manager());
    row.put("heldBack", line.heldBackReason() == null ? "" : line.heldBackReason());
    return row;
  }

  private static String capacityNote(List<Line> lines, int orders, BigDecimal weight) {
    var total = lines.stream().map(Line::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    String limit = orders + " orders" + (weight.signum() > 0 ? " and " + weight.stripTrailingZeros().toPlainString()
        + " kg" : "") + " a day";
    String load = lines.size() + " orders, " + total.stripTrailingZeros().toPlainString() + " kg ready";
    boolean over = lines.size() > orders || (weight.signum() > 0 && total.compareTo(weight) > 0);
    return load + "; capacity " + limit + (over ? ". Orders beyond the capacity roll to the next working day." : ".");
  }
}
