package app.tandem.delivery;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.HistoryEntry;
import app.tandem.identity.Callers;
import app.tandem.identity.TandemGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer orders from the CRM (or anyone allowed to place them) and how each stands. Sales managers
 * see their own orders only.
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

  static final String PLACERS = "hasAnyAuthority('sales-managers', 'camunda-admin')";
  static final String READERS = "hasAnyAuthority('sales-managers', 'sales-heads', 'delivery', 'camunda-admin')";

  private final app.tandem.common.history.CaseHistory history;
  private final DeliveryPrioritisationStarter deliveryOrders;
  private final OrderService orders;

  OrderController(DeliveryPrioritisationStarter deliveryOrders, OrderService orders, app.tandem.common.history.CaseHistory history) {
    this.history = history;
    this.deliveryOrders = deliveryOrders;
    this.orders = orders;
  }

  record OrderView(String orderNumber, String customerInn, String customerName, DeliveryTeam team, String managerId,
      BigDecimal value, String currency, LocalDate requestedDate, String address, String zone, String goods,
      BigDecimal weightKg, boolean firstDelivery, boolean latePenalty, String receiverName,
      String powerOfAttorneyNumber, LocalDate powerOfAttorneyValidUntil, OrderStatus status, Integer priorityScore,
      String priorityClass, String priorityReason, LocalDate deliveryDate, Integer deliveryRank, Instant deliveredAt,
      Boolean signedDocuments, int failedDeliveries, String lastFailureReason, boolean late, Instant receivedAt,
      List<String> warnings, List<HistoryEntry> history) {
  }

  /** Places an order: 201 when new, 200 when exactly this order is already known, 409 when it differs. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(PLACERS)
  ResponseEntity<OrderView> place(@RequestBody OrderData data, Authentication caller) {
    boolean manager = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(TandemGroup.Ids.SALES_MANAGERS));
    if (manager && data.managerId() != null && !data.managerId().isBlank()
        && !data.managerId().trim().equals(caller.getName())) {
      throw InvalidRequestException.of("managerId", "A sales manager places orders as themselves: leave managerId "
          + "out or give your own user id (" + caller.getName() + ")");
    }
    OrderData placed = manager ? data.withManager(caller.getName()) : data;
    var received = deliveryOrders.receive(placed, caller.getName()).received();
    return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(view(orders.get(received.order().getOrderNumber()), received.warnings()));
  }

  @GetMapping("/{orderNumber}")
  @PreAuthorize(READERS)
  OrderView get(@PathVariable String orderNumber, Authentication caller) {
    var order = orders.get(orderNumber);
    if (Callers.seesOnlyOwnCases(caller, TandemGroup.Ids.SALES_HEADS, TandemGroup.Ids.DELIVERY,
        TandemGroup.Ids.ADMINISTRATORS) && !order.getManagerId().equals(caller.getName())) {
      throw new NotFoundException("No order " + orderNumber);
    }
    return view(order, List.of());
  }

  private OrderView view(DeliveryOrder o, List<String> warnings) {
    var entries = history.entries(orders.historyOf(o.getOrderNumber()));
    return new OrderView(o.getOrderNumber(), o.getCustomerInn(), o.getCustomerName(), o.getTeam(), o.getManagerId(),
        o.getValue(), o.getCurrency(), o.getRequestedDate(), o.getAddress(), o.getZone(), o.getGoods(), o.getWeightKg(),
        o.isFirstDelivery(), o.isLatePenalty(), o.getReceiverName(), o.getPowerOfAttorneyNumber(),
        o.getPowerOfAttorneyValidUntil(), o.getStatus(), o.getPriorityScore(), o.getPriorityClass(),
        o.getPriorityReason(), o.getDeliveryDate(), o.getDeliveryRank(), o.getDeliveredAt(), o.getSignedDocuments(),
        o.getFailedDeliveries(), o.getFailureReason(), o.isLate(), o.getReceivedAt(), warnings, entries);
  }
}
