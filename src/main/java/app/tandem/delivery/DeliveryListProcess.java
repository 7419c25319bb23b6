package app.tandem.delivery;

import app.tandem.common.form.FormField;
import app.tandem.common.form.FormRow;
import app.tandem.common.form.UserTaskForm;
import app.tandem.common.process.ProcessVariable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The process {@code delivery-list} (bpmn/delivery-list.bpmn): every working day at the list time
 * the head of sales approves the ranked list of ready orders for the next working day.
 */
public final class DeliveryListProcess {

  public static final String KEY = "delivery-list";

  public static final String START = "Timer_DailyList";
  public static final String WORKING_DAY = "Gateway_WorkingDay";
  public static final String END_NO_LIST = "Event_NoListToday";
  public static final String PREPARE = "Task_PrepareDeliveryList";
  public static final String ANY_ORDERS = "Gateway_AnyOrders";
  public static final String END_NOTHING = "Event_NothingToDeliver";
  public static final String APPROVE = "Task_ApproveDeliveryList";
  public static final String PUBLISH = "Task_PublishDeliveryList";
  public static final String END_APPROVED = "Event_DeliveryListApproved";

  /** The business key of the day's list: {@code delivery-list-2026-11-25}. */
  public static final String BUSINESS_KEY_PREFIX = "delivery-list-";
  /** The delivery day as people read it, e.g. "Tuesday 25.11.2026" (in the task's name). */
  public static final ProcessVariable<String> LIST_TITLE = ProcessVariable.of("listTitle", String.class);
  /** Route (transient): how many orders the list has. */
  public static final ProcessVariable<Integer> ORDERS_ON_LIST = ProcessVariable.of("ordersOnList", Integer.class);

  public static final FormField<Integer> CAPACITY_ORDERS = FormField.wholeNumber("capacityOrders",
      "The day's capacity in orders");
  public static final FormField<BigDecimal> CAPACITY_WEIGHT = FormField.amount("capacityWeightKg",
      "The day's capacity in kilograms").storedIn("delivery_list", "capacity_weight_kg");
  public static final FormField<String> MOVE_ORDER = FormField.text("order", "Order").storedIn("delivery_order",
      "order_number");
  public static final FormField<Integer> MOVE_RANK = FormField.wholeNumber("newRank", "New rank");
  public static final FormField<String> MOVE_REASON = FormField.multilineText("reason", "Why")
      .storedIn("case_event", "comment");
  public static final FormField<List<FormRow>> MOVES = FormField.rows("moves", "Moves", MOVE_ORDER, MOVE_RANK,
      MOVE_REASON);

  public static final UserTaskForm APPROVE_FORM = UserTaskForm.of(KEY, APPROVE, CAPACITY_ORDERS, CAPACITY_WEIGHT, MOVES);

  /** The delivery date of the list a process instance is for. */
  public static java.time.LocalDate listDate(String businessKey) {
    return java.time.LocalDate.parse(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
  }

  private DeliveryListProcess() {
  }
}
