package app.tandem.delivery;

import app.tandem.common.process.ProcessVariable;

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

  /** ISO date of the delivery day the list is for. */
  public static final ProcessVariable<String> LIST_DATE = ProcessVariable.of("listDate", String.class);
  /** The delivery day as people read it, e.g. "Tuesday 25.11.2026". */
  public static final ProcessVariable<String> LIST_TITLE = ProcessVariable.of("listTitle", String.class);
  public static final ProcessVariable<Integer> ORDERS_ON_LIST = ProcessVariable.of("ordersOnList", Integer.class);
  /** The ranked table (JSON array) the form shows. */
  public static final ProcessVariable<Object> DELIVERY_LIST = ProcessVariable.of("deliveryList", Object.class);
  /** Orders that cannot go out that day (JSON array), shown apart. */
  public static final ProcessVariable<Object> HELD_BACK = ProcessVariable.of("heldBack", Object.class);
  /** The orders the head may move (JSON array of label/value for the form's select). */
  public static final ProcessVariable<Object> ORDER_OPTIONS = ProcessVariable.of("orderOptions", Object.class);
  public static final ProcessVariable<Object> CAPACITY_ORDERS = ProcessVariable.of("capacityOrders", Object.class);
  public static final ProcessVariable<Object> CAPACITY_WEIGHT = ProcessVariable.of("capacityWeightKg", Object.class);
  public static final ProcessVariable<String> CAPACITY_NOTE = ProcessVariable.of("capacityNote", String.class);
  /** The head's moves (JSON array of order / newRank / reason). */
  public static final ProcessVariable<Object> MOVES = ProcessVariable.of("moves", Object.class);

  private DeliveryListProcess() {
  }
}
