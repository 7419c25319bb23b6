package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryListProcess.*;

import app.tandem.common.process.Actor;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPlanning.Move;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The head of sales approves the list: their moves (each with a reason) and the day's capacity. The
 * list is stored as decided; the orders' processes are told after the task is committed.
 */
@Component("recordListApproval")
class RecordListApprovalListener implements TaskListener {

  private final DeliveryPlanning planning;

  RecordListApprovalListener(DeliveryPlanning planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    planning.approve(LocalDate.parse(LIST_DATE.from(task)), task.getVariable(CAPACITY_ORDERS.name()),
        task.getVariable(CAPACITY_WEIGHT.name()), moves(task.getVariable(MOVES.name())), Actor.of(task));
  }

  @SuppressWarnings("unchecked")
  static List<Move> moves(Object value) {
    List<Move> moves = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      for (SpinJsonNode element : json.elements()) {
        moves.add(new Move(text(element, "order"), rank(element.hasProp("newRank") ? element.prop("newRank") : null),
            text(element, "reason")));
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        var row = (Map<String, Object>) item;
        moves.add(new Move(row.get("order") == null ? null : row.get("order").toString(), rank(row.get("newRank")),
            row.get("reason") == null ? null : row.get("reason").toString()));
      }
    }
    return moves.stream().filter(move -> !(blank(move.order()) && move.newRank() == null && blank(move.reason())))
        .toList();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String text(SpinJsonNode element, String name) {
    return element.hasProp(name) && !element.prop(name).isNull() ? element.prop(name).value().toString() : null;
  }

  private static Integer rank(Object value) {
    if (value instanceof SpinJsonNode node) {
      value = node.isNull() ? null : node.value();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return -1;
    }
  }
}
