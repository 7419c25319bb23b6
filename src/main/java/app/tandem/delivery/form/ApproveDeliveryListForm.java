package app.tandem.delivery.form;

import static app.tandem.delivery.DeliveryListProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormRow;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.common.time.Dates;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPlanning.Line;
import app.tandem.delivery.DeliveryPlanning.Move;
import app.tandem.delivery.DeliverySchedule;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The head of sales approves the day's list: the ranked orders and those held back (from the list's
 * table), the day's capacity (changeable), and moves of orders to other ranks, each with a reason.
 * The list is stored as decided; the orders' processes are told after the task is committed.
 */
@Component
class ApproveDeliveryListForm implements TaskFormHandler {

  private final DeliveryPlanning planning;

  ApproveDeliveryListForm(DeliveryPlanning planning) {
    this.planning = planning;
  }

  @Override
  public UserTaskForm form() {
    return APPROVE_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    var date = listDate(task.caseNumber());
    var list = planning.get(date);
    return FormView.create()
        .put("listTitle", DeliverySchedule.title(date))
        .rows("deliveryList", list.scheduled().stream().map(ApproveDeliveryListForm::row).toList())
        .rows("heldBack", list.heldBack().stream().map(ApproveDeliveryListForm::row).toList())
        .rows("orderOptions", list.scheduled().stream().map(line -> Map.of("label",
            line.rank() + ". " + line.order() + " — " + line.customer(), "value", line.order())).toList())
        .put(CAPACITY_ORDERS, list.capacityOrders())
        .put(CAPACITY_WEIGHT, list.capacityWeightKg().stripTrailingZeros().toPlainString())
        .put("capacityNote", capacityNote(list.scheduled(), list.capacityOrders(), list.capacityWeightKg()));
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    List<FormRow> rows = input.get(MOVES);
    input.refuseIfProblems();
    var moves = rows == null ? List.<Move>of() : rows.stream()
        .map(row -> new Move(row.get(MOVE_ORDER), row.get(MOVE_RANK), row.get(MOVE_REASON))).toList();
    planning.approve(listDate(task.caseNumber()), input.get(CAPACITY_ORDERS), input.get(CAPACITY_WEIGHT), moves,
        task.actor());
    return Outcome.none();
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
    row.put("requestedDate", Dates.DATE.format(line.requestedDate()) + (line.late() ? " LATE" : ""));
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
