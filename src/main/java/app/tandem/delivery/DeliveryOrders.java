package app.tandem.delivery;

import static app.tandem.delivery.DeliveryPrioritisationProcess.CUSTOMER_INN;
import static app.tandem.delivery.DeliveryPrioritisationProcess.DELIVERY_DATE;
import static app.tandem.delivery.DeliveryPrioritisationProcess.DELIVERY_DUE;
import static app.tandem.delivery.DeliveryPrioritisationProcess.DELIVERY_FOLLOW_UP;
import static app.tandem.delivery.DeliveryPrioritisationProcess.DELIVERY_RANK;
import static app.tandem.delivery.DeliveryPrioritisationProcess.INITIATOR;
import static app.tandem.delivery.DeliveryPrioritisationProcess.MANAGER_ID;
import static app.tandem.delivery.DeliveryPrioritisationProcess.ORDER_NUMBER;
import static app.tandem.delivery.DeliveryPrioritisationProcess.REQUESTED_DATE;

import app.tandem.common.engine.AsSystem;
import app.tandem.party.CounterpartyDirectory.CreditHoldChanged;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders in the engine: receiving an order from the API starts its process in the same transaction;
 * an approved list tells each order's process whether it is scheduled or deferred; lifting a credit
 * hold wakes the customer's orders that were kept waiting.
 */
@Component
public class DeliveryOrders {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryOrders.class);

  private final OrderService orders;
  private final DeliverySchedule schedule;
  private final RuntimeService runtime;
  private final AsSystem asSystem;

  DeliveryOrders(OrderService orders, DeliverySchedule schedule, RuntimeService runtime, AsSystem asSystem) {
    this.orders = orders;
    this.schedule = schedule;
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  /**
   * Receives an order and starts its prioritisation, both or neither. The start runs as the caller,
   * so only roles allowed to start the process can; a repeat of a known order starts nothing.
   */
  @Transactional
  public OrderService.Received receive(OrderData data, String actor) {
    var received = orders.receive(data, actor);
    if (received.created()) {
      var order = received.order();
      runtime.startProcessInstanceByKey(DeliveryPrioritisationProcess.KEY, order.getOrderNumber(), Map.of(
          ORDER_NUMBER.name(), order.getOrderNumber(),
          DeliveryPrioritisationProcess.ORDER_RECEIVED.name(), true,
          MANAGER_ID.name(), order.getManagerId(),
          INITIATOR.name(), actor,
          CUSTOMER_INN.name(), order.getCustomerInn(),
          REQUESTED_DATE.name(), order.getRequestedDate().toString()));
    }
    return received;
  }

  /** Tells the orders of an approved list: scheduled ones get their date and rank, the rest roll on. */
  public void publish(DeliveryPlanning.Decided decided) {
    int rank = 0;
    for (String order : decided.scheduled()) {
      rank++;
      correlate(DeliveryPrioritisationProcess.MESSAGE_SCHEDULED, order, Variables.createVariables()
          .putValue(DELIVERY_DATE.name(), decided.deliveryDate().toString())
          .putValue(DELIVERY_RANK.name(), rank)
          .putValue(DELIVERY_DUE.name(), schedule.deliveryDue(decided.deliveryDate()))
          .putValue(DELIVERY_FOLLOW_UP.name(), schedule.deliveryFollowUp(decided.deliveryDate())));
    }
    for (String order : decided.deferred()) {
      correlate(DeliveryPrioritisationProcess.MESSAGE_DEFERRED, order, Variables.createVariables());
    }
  }

  private void correlate(String message, String orderNumber, Map<String, Object> variables) {
    var result = runtime.createMessageCorrelation(message).processInstanceBusinessKey(orderNumber)
        .setVariables(variables).correlateAllWithResult();
    if (result.isEmpty()) {
      LOG.warn("Order {} was not waiting for the delivery list ({} not delivered)", orderNumber, message);
    }
  }

  /** A lifted credit hold wakes the customer's orders kept waiting on it, whoever lifted it. */
  @EventListener
  void creditHoldChanged(CreditHoldChanged event) {
    if (event.onHold()) {
      return;
    }
    asSystem.run(() -> {
      var woken = runtime.createMessageCorrelation(DeliveryPrioritisationProcess.MESSAGE_HOLD_LIFTED)
          .processInstanceVariableEquals(CUSTOMER_INN.name(), event.inn()).correlateAllWithResult();
      if (!woken.isEmpty()) {
        LOG.info("Credit hold of {} lifted: {} waiting orders continue", event.inn(), woken.size());
      }
    });
  }
}
