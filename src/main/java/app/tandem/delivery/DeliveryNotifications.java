package app.tandem.delivery;

import app.tandem.common.notification.StaffMail;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Who hears what about an order, and in which words (templates in mail/). */
@Service
public class DeliveryNotifications {

  private final OrderService orders;
  private final StaffMail mail;
  private final Staff staff;
  private final DeliverySchedule schedule;

  DeliveryNotifications(OrderService orders, StaffMail mail, Staff staff, DeliverySchedule schedule) {
    this.orders = orders;
    this.mail = mail;
    this.staff = staff;
    this.schedule = schedule;
  }

  public void scheduled(String orderNumber) {
    var order = orders.get(orderNumber);
    toManager(order, "delivery-scheduled", model(order));
  }

  public void delivered(String orderNumber) {
    var order = orders.get(orderNumber);
    var model = model(order);
    model.put("deliveredAt", Dates.DATE_TIME.format(order.getDeliveredAt().atZone(schedule.zone())));
    model.put("onTime", order.getDeliveredOn().isAfter(order.getRequestedDate())
        ? "late: requested " + Dates.DATE.format(order.getRequestedDate()) : "on time");
    model.put("signedDocuments", Boolean.TRUE.equals(order.getSignedDocuments()) ? "received" : "NOT received");
    toManager(order, "delivery-delivered", model);
  }

  public void failed(String orderNumber) {
    var order = orders.get(orderNumber);
    toManager(order, "delivery-failed", model(order));
  }

  public void cancelled(String orderNumber, String comment) {
    var order = orders.get(orderNumber);
    var model = model(order);
    model.put("comment", comment == null || comment.isBlank() ? "—" : comment);
    toManager(order, "delivery-cancelled", model);
  }

  /** The heads of sales hear of every late order. */
  public void late(String orderNumber) {
    var order = orders.get(orderNumber);
    var model = model(order);
    for (var head : staff.membersOf(TandemGroup.SALES_HEADS)) {
      mail.send(head.getId(), "delivery-late", model, OrderService.CASE_TYPE, orderNumber);
    }
  }

  private void toManager(DeliveryOrder order, String template, Map<String, Object> model) {
    mail.send(order.getManagerId(), template, model, OrderService.CASE_TYPE, order.getOrderNumber());
  }

  private Map<String, Object> model(DeliveryOrder order) {
    var model = new HashMap<String, Object>();
    model.put("orderNumber", order.getOrderNumber());
    model.put("customerName", order.getCustomerName());
    model.put("customerInn", order.getCustomerInn());
    model.put("teamName", order.getTeam().displayName());
    model.put("requestedDate", Dates.DATE.format(order.getRequestedDate()));
    model.put("deliveryDate", order.getDeliveryDate() == null ? "—" : DeliverySchedule.title(order.getDeliveryDate()));
    model.put("deliveryRank", order.getDeliveryRank() == null ? "—" : order.getDeliveryRank().toString());
    model.put("address", order.getAddress());
    model.put("zone", order.getZone());
    model.put("goods", order.getGoods());
    model.put("receiverName", order.getReceiverName() == null ? "—" : order.getReceiverName());
    model.put("powerOfAttorney", order.getPowerOfAttorneyNumber() == null ? "—"
        : order.getPowerOfAttorneyNumber() + " valid until " + Dates.DATE.format(order.getPowerOfAttorneyValidUntil()));
    model.put("priorityClass", order.getPriorityClass() == null ? "—" : order.getPriorityClass());
    model.put("priorityScore", order.getPriorityScore() == null ? "—" : order.getPriorityScore().toString());
    model.put("priorityReason", order.getPriorityReason() == null ? "—" : order.getPriorityReason());
    model.put("failureReason", order.getFailureReason() == null ? "—" : order.getFailureReason());
    model.put("status", order.getStatus().name());
    model.put("latePenalty", order.isLatePenalty() ? "yes, the contract has a penalty for lateness" : "no");
    model.put("managerName", staff.displayName(order.getManagerId()));
    return model;
  }
}
