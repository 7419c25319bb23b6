package app.tandem.delivery;

import app.tandem.common.form.FormField;
import app.tandem.common.form.StartForm;
import app.tandem.common.form.UserTaskForm;
import app.tandem.common.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
  public static final String SCORE = "Task_ScoreOrder";
  public static final String CLASSIFY = "Task_ClassifyOrder";
  public static final String CHECK = "Task_CheckOrder";
  public static final String POWER_OF_ATTORNEY_CHECK = "Gateway_PowerOfAttorney";
  public static final String CREDIT_HOLD_CHECK = "Gateway_CreditHold";
  public static final String HOLD_WAIT_OVER = "Gateway_HoldWaitOver";
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

  // ---- variables: who works next, what the gateways read, the Tasklist columns ----

  /** The order's manager: obtaining a power of attorney is theirs. */
  public static final ProcessVariable<String> MANAGER_ID = ProcessVariable.of("managerId", String.class);
  /** Routes after the checks (transient). */
  public static final ProcessVariable<Boolean> ON_CREDIT_HOLD = ProcessVariable.of("onCreditHold", Boolean.class);
  public static final ProcessVariable<Boolean> POA_VALID = ProcessVariable.of("powerOfAttorneyValid", Boolean.class);
  /** Route after the head of sales on a held order (transient): a {@link OrderService.HoldDecision} name. */
  public static final ProcessVariable<String> HOLD_DECISION = ProcessVariable.of("holdDecision", String.class);
  /** Route after the delivery (transient): {@link #DELIVERED} or {@link #FAILED}. */
  public static final ProcessVariable<String> DELIVERY_OUTCOME = ProcessVariable.of("deliveryOutcome", String.class);
  /** Tasklist columns (besides {@link app.tandem.common.process.CaseVariables}). */
  public static final ProcessVariable<String> TEAM_NAME = ProcessVariable.of("teamName", String.class);
  public static final ProcessVariable<String> PRIORITY = ProcessVariable.of("priority", String.class);
  public static final ProcessVariable<String> STATUS = ProcessVariable.of("status", String.class);
  public static final ProcessVariable<String> ZONE = ProcessVariable.of("zone", String.class);
  public static final ProcessVariable<String> DELIVERY_DATE = ProcessVariable.of("deliveryDate", String.class);
  /** The rank on the approved list: Today's deliveries sort by it. */
  public static final ProcessVariable<Integer> DELIVERY_RANK = ProcessVariable.of("deliveryRank", Integer.class);

  public static final String DELIVERED = "DELIVERED";
  public static final String FAILED = "FAILED";

  // ---- form fields (keys of the forms; the JSON field names of the API) ----

  private static final String TABLE = "delivery_order";
  public static final FormField<String> ORDER_NUMBER = FormField.text("orderNumber", "Order number")
      .storedIn(TABLE, "order_number");
  public static final FormField<String> CUSTOMER_INN = FormField.text("customerInn", "Customer INN")
      .storedIn(TABLE, "customer_inn");
  public static final FormField<String> CUSTOMER_NAME = FormField.text("customerName", "Customer")
      .storedIn(TABLE, "customer_name");
  /** Text, not a choice: an unknown team gets the service's message naming the teams. */
  public static final FormField<String> TEAM = FormField.text("team", "Team").storedIn(TABLE, "team");
  public static final FormField<BigDecimal> VALUE = FormField.amount("value", "Order value").storedIn(TABLE, "order_value");
  public static final FormField<String> CURRENCY = FormField.choice("currency", "Currency",
      List.copyOf(new java.util.TreeSet<>(app.tandem.common.money.Money.CURRENCIES)));
  public static final FormField<LocalDate> REQUESTED_DATE = FormField.date("requestedDate", "Requested date");
  public static final FormField<String> ADDRESS = FormField.text("address", "Delivery address").storedIn(TABLE, "address");
  public static final FormField<String> ZONE_FIELD = FormField.text("zone", "Delivery zone").storedIn(TABLE, "delivery_zone");
  public static final FormField<String> GOODS = FormField.multilineText("goods", "Goods").storedIn(TABLE, "goods");
  public static final FormField<BigDecimal> WEIGHT_KG = FormField.amount("weightKg", "Weight").storedIn(TABLE, "weight_kg");
  public static final FormField<Boolean> FIRST_DELIVERY = FormField.flag("firstDelivery", "First delivery");
  public static final FormField<Boolean> LATE_PENALTY = FormField.flag("latePenalty", "Late penalty");
  public static final FormField<String> RECEIVER_NAME = FormField.text("receiverName", "Receiver")
      .storedIn(TABLE, "receiver_name");
  public static final FormField<String> POA_NUMBER = FormField.text("powerOfAttorneyNumber", "Power of attorney number")
      .storedIn(TABLE, "poa_number");
  public static final FormField<LocalDate> POA_VALID_UNTIL = FormField.date("powerOfAttorneyValidUntil",
      "Power of attorney valid until");
  public static final FormField<String> CUSTOMER_EMAIL = FormField.text("customerEmail", "Customer e-mail")
      .storedIn("counterparty", "email");
  public static final FormField<OrderService.HoldDecision> HOLD_DECISION_FIELD = FormField.choice("holdDecision",
      "Decision", OrderService.HoldDecision.class);
  public static final FormField<String> COMMENT = FormField.multilineText("comment", "Comment")
      .storedIn("case_event", "comment");
  public static final FormField<String> DELIVERY_OUTCOME_FIELD = FormField.choice("deliveryOutcome", "Outcome",
      List.of(DELIVERED, FAILED));
  public static final FormField<Instant> DELIVERED_AT = FormField.dateTime("deliveredAt", "Delivery time");
  public static final FormField<Boolean> SIGNED_DOCUMENTS = FormField.flag("signedDocuments", "Signed documents");
  public static final FormField<String> FAILURE_REASON = FormField.multilineText("failureReason",
      "Why the delivery failed").storedIn(TABLE, "failure_reason");

  // ---- forms ----

  public static final StartForm START_FORM = StartForm.of(KEY, ORDER_NUMBER, TEAM, VALUE, CURRENCY, REQUESTED_DATE,
      WEIGHT_KG, GOODS, FIRST_DELIVERY, LATE_PENALTY, CUSTOMER_INN, CUSTOMER_NAME, ADDRESS, ZONE_FIELD, CUSTOMER_EMAIL,
      RECEIVER_NAME, POA_NUMBER, POA_VALID_UNTIL);
  public static final UserTaskForm OBTAIN_POA_FORM = UserTaskForm.of(KEY, OBTAIN_POA, RECEIVER_NAME, POA_NUMBER,
      POA_VALID_UNTIL);
  public static final UserTaskForm RELEASE_FORM = UserTaskForm.of(KEY, RELEASE, HOLD_DECISION_FIELD, COMMENT);
  public static final UserTaskForm DELIVER_FORM = UserTaskForm.of(KEY, DELIVER, DELIVERY_OUTCOME_FIELD, DELIVERED_AT,
      SIGNED_DOCUMENTS, FAILURE_REASON);

  private DeliveryPrioritisationProcess() {
  }
}
