package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryListProcess.*;

import app.tandem.common.process.Actor;
import app.tandem.common.process.FormValues;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPlanning.Move;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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

  static List<Move> moves(Object value) {
    return FormValues.rows(value, "order", "newRank", "reason").stream()
        .map(row -> new Move(text(row.get("order")), rank(row.get("newRank")), text(row.get("reason"))))
        .filter(move -> !(blank(move.order()) && move.newRank() == null && blank(move.reason())))
        .toList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static Integer rank(Object value) {
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
