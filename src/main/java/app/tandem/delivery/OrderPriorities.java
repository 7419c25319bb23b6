package app.tandem.delivery;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.engine.DecisionPoints;
import app.tandem.common.engine.Decisions;
import app.tandem.debt.ReceivableService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's priority: the points of every matching rule of the DMN table {@code delivery-priority}
 * (the weights are in the table, never here) added up to a score of 0 to 100 with the rules' reasons,
 * and the class the table {@code delivery-priority-class} gives that score. Both the process and the
 * decision tests use this one computation. The table's inputs are read from the order and the customer's
 * trading history.
 */
@Service
public class OrderPriorities {

  public static final String PRIORITY_DECISION = "delivery-priority";
  public static final String CLASS_DECISION = "delivery-priority-class";
  public static final int MAX_SCORE = 100;

  /** The inputs of {@code delivery-priority}, as the table names them. */
  public static final String TEAM = "team";
  public static final String CUSTOMER_SEGMENT = "customerSegment";
  public static final String ORDER_VALUE = "orderValue";
  public static final String CURRENCY = "currency";
  public static final String WORKING_DAYS_TO_REQUESTED = "workingDaysToRequested";
  public static final String FIRST_DELIVERY = "firstDelivery";
  public static final String LATE_PENALTY = "latePenalty";
  public static final String DAYS_WAITING = "daysWaiting";
  public static final String FAILED_DELIVERIES = "failedDeliveries";

  /** A score with its class and why. */
  public record Priority(int score, String priorityClass, String reason) {
  }

  private final OrderService orders;
  private final DeliveryOrderRepository orderRepository;
  private final ReceivableService receivables;
  private final DeliverySchedule schedule;
  private final WorkingDayCalendar calendar;
  private final Decisions decisions;

  OrderPriorities(OrderService orders, DeliveryOrderRepository orderRepository, ReceivableService receivables,
      DeliverySchedule schedule, WorkingDayCalendar calendar, Decisions decisions) {
    this.orders = orders;
    this.orderRepository = orderRepository;
    this.receivables = receivables;
    this.schedule = schedule;
    this.calendar = calendar;
    this.decisions = decisions;
  }

  /** Scores and classes the order as it is now (waiting grows with every day), and keeps the result on it. */
  @Transactional
  public Priority prioritise(String orderNumber) {
    var priority = of(priorityInputs(orderNumber));
    orders.recordPriority(orderNumber, priority.score(), priority.priorityClass(), priority.reason());
    return priority;
  }

  /** The inputs of the DMN table {@code delivery-priority} for this order, now. */
  @Transactional(readOnly = true)
  public Map<String, Object> priorityInputs(String orderNumber) {
    var order = orders.get(orderNumber);
    LocalDate deliveryDate = schedule.nextDeliveryDate();
    LocalDate received = order.getReceivedAt().atZone(schedule.zone()).toLocalDate();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(OrderPriorities.TEAM, order.getTeam().name());
    inputs.put(OrderPriorities.CUSTOMER_SEGMENT, segmentOf(order));
    inputs.put(OrderPriorities.ORDER_VALUE, order.getValue().doubleValue());
    inputs.put(OrderPriorities.CURRENCY, order.getCurrency());
    inputs.put(OrderPriorities.WORKING_DAYS_TO_REQUESTED, calendar.workingDaysBetween(deliveryDate, order.getRequestedDate()));
    inputs.put(OrderPriorities.FIRST_DELIVERY, order.isFirstDelivery());
    inputs.put(OrderPriorities.LATE_PENALTY, order.isLatePenalty());
    inputs.put(OrderPriorities.DAYS_WAITING, Math.max(0, calendar.workingDaysBetween(received, calendar.today())));
    inputs.put(OrderPriorities.FAILED_DELIVERIES, order.getFailedDeliveries());
    return inputs;
  }

  /**
   * NEW: a customer without a trading history — never invoiced (accounting registers every invoice, also
   * those from before Tandem) and nothing delivered through Tandem; REGULAR otherwise.
   */
  String segmentOf(DeliveryOrder order) {
    return receivables.hasBeenInvoiced(order.getCustomerInn())
        || orderRepository.existsByCustomerInnAndStatus(order.getCustomerInn(), OrderStatus.DELIVERED) ? "REGULAR" : "NEW";
  }

  /** The priority the tables give these inputs. */
  public Priority of(Map<String, Object> inputs) {
    var points = add(decisions.evaluate(PRIORITY_DECISION, inputs));
    Map<String, Object> classInputs = new LinkedHashMap<>();
    classInputs.put("priorityScore", points.score());
    String priorityClass = (String) decisions.single(CLASS_DECISION, classInputs).get("priorityClass");
    return new Priority(points.score(), priorityClass, points.reason());
  }

  /** Adds up the matching rules' points (clamped to 0..100) and lists their reasons once each, in the table's order. */
  public static Priority add(List<Map<String, Object>> matches) {
    var points = DecisionPoints.add(matches, MAX_SCORE);
    return new Priority(points.score(), null, points.reasonText("no priority factors"));
  }
}
