package app.tandem.delivery;

import app.tandem.common.process.ProcessVariable;
import java.util.Date;

/**
 * The process {@code delivery-prioritisation} (bpmn/delivery-prioritisation.bpmn), one instance per
 * order with the order number as business key: its key, element ids and variables. The order
 * itself lives in {@link DeliveryOrder}.
 */
public final class DeliveryPrioritisationProcess {

  public static final String KEY = "delivery-prioritisation";
  public static final String PRIORITY_DECISION = "delivery-priority";
  public static final String CLASS_DECISION = "delivery-priority-class";
  /** Correlated by the approved daily list to each order on it within capacity. */
  public static final String MESSAGE_SCHEDULED = "OrderScheduled";
  /** Correlated by the approved daily list to orders that did not fit or could not go out that day. */
  public static final String MESSAGE_DEFERRED = "OrderDeferred";
  /** Correlated to orders kept waiting on credit hold when their customer's hold is lifted. */
  public static final String MESSAGE_HOLD_LIFTED = "CreditHoldLifted";

  // elements
  public static final String START = "Event_OrderReceived";
  public static final String REGISTER = "Task_RegisterOrder";
  public static final String SCORE = "Task_ScoreOrder";
  public static final String CLASSIFY = "Task_ClassifyOrder";
  public static final String CHECK = "Task_CheckOrder";
  public static final String RELEASE = "Task_ReleaseOrder";
  public static final String WAIT_FOR_HOLD = "Gateway_WaitForHold";
  public static final String HOLD_LIFTED = "Event_CreditHoldLifted";
  public static final String HOLD_RECHECK = "Timer_HoldRecheck";
  public static final String CANCEL = "Task_CancelOrder";
  public static final String END_CANCELLED = "Event_OrderCancelled";
  public static final String OBTAIN_POA = "Task_ObtainPowerOfAttorney";
  public static final String WAIT_FOR_LIST = "Gateway_WaitForList";
  public static final String SCHEDULED = "Event_OrderScheduled";
  public static final String DEFERRED = "Event_OrderDeferred";
  public static final String NOTIFY_SCHEDULED = "Task_NotifyScheduled";
  public static final String DELIVER = "Task_DeliverOrder";
  public static final String NOTIFY_DELIVERED = "Task_NotifyDelivered";
  public static final String END_DELIVERED = "Event_OrderDelivered";
  public static final String REPLAN = "Task_ReplanFailedOrder";
  public static final String LATE = "Timer_RequestedDatePassed";
  public static final String REPORT_LATE = "Task_ReportLateOrder";
  public static final String END_LATE = "Event_LateReported";

  // identity
  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  public static final ProcessVariable<String> MANAGER_ID = ProcessVariable.of("managerId", String.class);
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);
  /** Set when the order was received through the API before the process started. */
  public static final ProcessVariable<Boolean> ORDER_RECEIVED = ProcessVariable.of("orderReceived", Boolean.class);
  /** For correlating "credit hold lifted" to the customer's orders. */
  public static final ProcessVariable<String> CUSTOMER_INN = ProcessVariable.of("customerInn", String.class);
  /** ISO date; the late timer reads it (the Tasklist start form sends it as text too). */
  public static final ProcessVariable<String> REQUESTED_DATE = ProcessVariable.of("requestedDate", String.class);

  // the Tasklist start form (with ORDER_NUMBER, TEAM, CURRENCY, REQUESTED_DATE, CUSTOMER_INN, ZONE,
  // FIRST_DELIVERY, LATE_PENALTY and the power of attorney fields): read once into the order's table
  public static final ProcessVariable<Object> VALUE = ProcessVariable.of("value", Object.class);
  public static final ProcessVariable<Object> WEIGHT_KG = ProcessVariable.of("weightKg", Object.class);
  public static final ProcessVariable<String> GOODS = ProcessVariable.of("goods", String.class);
  public static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);
  public static final ProcessVariable<String> ADDRESS = ProcessVariable.of("address", String.class);
  public static final ProcessVariable<String> CUSTOMER_EMAIL = ProcessVariable.of("customerEmail", String.class);

  // delivery-priority inputs
  public static final ProcessVariable<String> TEAM = ProcessVariable.of("team", String.class);
  public static final ProcessVariable<String> CUSTOMER_SEGMENT = ProcessVariable.of("customerSegment", String.class);
  /** The order value for the rules' thresholds; the exact value is a BigDecimal in the order's table. */
  public static final ProcessVariable<Double> ORDER_VALUE = ProcessVariable.of("orderValue", Double.class);
  public static final ProcessVariable<String> CURRENCY = ProcessVariable.of("currency", String.class);
  public static final ProcessVariable<Integer> WORKING_DAYS_TO_REQUESTED =
      ProcessVariable.of("workingDaysToRequested", Integer.class);
  public static final ProcessVariable<Boolean> FIRST_DELIVERY = ProcessVariable.of("firstDelivery", Boolean.class);
  public static final ProcessVariable<Boolean> LATE_PENALTY = ProcessVariable.of("latePenalty", Boolean.class);
  public static final ProcessVariable<Integer> DAYS_WAITING = ProcessVariable.of("daysWaiting", Integer.class);
  public static final ProcessVariable<Integer> FAILED_DELIVERIES = ProcessVariable.of("failedDeliveries", Integer.class);
  // outputs
  public static final ProcessVariable<Object> PRIORITY_FACTORS = ProcessVariable.of("priorityFactors", Object.class);
  public static final ProcessVariable<Integer> PRIORITY_SCORE = ProcessVariable.of("priorityScore", Integer.class);
  public static final ProcessVariable<String> PRIORITY_REASON = ProcessVariable.of("priorityReason", String.class);
  public static final ProcessVariable<String> PRIORITY_CLASS = ProcessVariable.of("priorityClass", String.class);

  // checks
  public static final ProcessVariable<Boolean> ON_CREDIT_HOLD = ProcessVariable.of("onCreditHold", Boolean.class);
  public static final ProcessVariable<Boolean> POA_VALID = ProcessVariable.of("powerOfAttorneyValid", Boolean.class);
  public static final ProcessVariable<String> POA_PROBLEM = ProcessVariable.of("powerOfAttorneyProblem", String.class);

  // form fields: the head of sales on a held order
  public static final ProcessVariable<String> HOLD_DECISION = ProcessVariable.of("holdDecision", String.class);
  public static final ProcessVariable<String> COMMENT = ProcessVariable.of("comment", String.class);
  // the manager's power of attorney
  public static final ProcessVariable<String> POA_NUMBER = ProcessVariable.of("powerOfAttorneyNumber", String.class);
  public static final ProcessVariable<String> POA_VALID_UNTIL = ProcessVariable.of("powerOfAttorneyValidUntil", String.class);
  public static final ProcessVariable<String> RECEIVER_NAME = ProcessVariable.of("receiverName", String.class);
  // the delivery service
  public static final ProcessVariable<String> DELIVERY_OUTCOME = ProcessVariable.of("deliveryOutcome", String.class);
  public static final ProcessVariable<String> DELIVERED_AT = ProcessVariable.of("deliveredAt", String.class);
  public static final ProcessVariable<Boolean> SIGNED_DOCUMENTS = ProcessVariable.of("signedDocuments", Boolean.class);
  public static final ProcessVariable<String> FAILURE_REASON = ProcessVariable.of("failureReason", String.class);

  // the schedule, set when the list is approved
  public static final ProcessVariable<String> DELIVERY_DATE = ProcessVariable.of("deliveryDate", String.class);
  public static final ProcessVariable<Integer> DELIVERY_RANK = ProcessVariable.of("deliveryRank", Integer.class);
  public static final ProcessVariable<Date> DELIVERY_DUE = ProcessVariable.of("deliveryDue", Date.class);
  public static final ProcessVariable<Date> DELIVERY_FOLLOW_UP = ProcessVariable.of("deliveryFollowUp", Date.class);

  // shown on the forms, written by the engine side only
  public static final ProcessVariable<String> STATUS = ProcessVariable.of("status", String.class);
  public static final ProcessVariable<String> TEAM_NAME = ProcessVariable.of("teamName", String.class);
  public static final ProcessVariable<String> ZONE = ProcessVariable.of("zone", String.class);
  public static final ProcessVariable<String> ORDER_SUMMARY = ProcessVariable.of("orderSummary", String.class);
  public static final ProcessVariable<String> HISTORY = ProcessVariable.of("history", String.class);

  private DeliveryPrioritisationProcess() {
  }
}
