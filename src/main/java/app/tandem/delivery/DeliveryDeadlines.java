package app.tandem.delivery;

import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The order's task due dates, follow-up dates, priority and late timer, read from its table when the
 * task or timer is created, for the models:
 * {@code camunda:dueDate="${deliveryDeadlines.deliveryDue(execution.processBusinessKey)}"}.
 */
@Component("deliveryDeadlines")
public class DeliveryDeadlines {

  private final OrderService orders;
  private final DeliverySchedule schedule;

  DeliveryDeadlines(OrderService orders, DeliverySchedule schedule) {
    this.orders = orders;
    this.schedule = schedule;
  }

  /** The order's score: the priority of its tasks, so Tasklist sorts by it. */
  public int priority(String orderNumber) {
    var score = orders.get(orderNumber).getPriorityScore();
    return score == null ? 50 : score;
  }

  /** The end of the order's delivery day. */
  public Date deliveryDue(String orderNumber) {
    return schedule.deliveryDue(scheduledDate(orderNumber));
  }

  /** The start of the order's delivery day: "Deliver order" shows from then on. */
  public Date deliveryFollowUp(String orderNumber) {
    return schedule.deliveryFollowUp(scheduledDate(orderNumber));
  }

  /** The morning after the requested date, when an undelivered order is late. */
  public Date late(String orderNumber) {
    return schedule.lateAt(orders.get(orderNumber).getRequestedDate());
  }

  private java.time.LocalDate scheduledDate(String orderNumber) {
    var date = orders.get(orderNumber).getDeliveryDate();
    if (date == null) {
      throw new IllegalStateException("Order " + orderNumber + " is not scheduled for delivery");
    }
    return date;
  }
}
