package app.tandem.delivery;

import static app.tandem.delivery.DeliveryPrioritisationProcess.MANAGER_ID;

import app.tandem.common.engine.AsSystem;
import app.tandem.common.engine.ServerSide;
import app.tandem.party.CounterpartyDirectory.CreditHoldChanged;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders in the engine: receiving an order (API or start form) starts its process in the same
 * transaction, with the order number as business key; an approved list tells each order's process
 * whether it is scheduled or deferred; lifting a credit hold wakes the customer's orders that were
 * kept waiting.
 */
@Component
public class DeliveryPrioritisationStarter {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryPrioritisationStarter.class);

  private final OrderService orders;
  private final OrderIntake intake;
  private final DeliveryForms forms;
  private final RuntimeService runtime;
  private final AsSystem asSystem;

  DeliveryPrioritisationStarter(OrderService orders, OrderIntake intake, DeliveryForms forms, RuntimeService runtime, AsSystem asSystem) {
    this.orders = orders;
    this.intake = intake;
    this.forms = forms;
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  /** An order received, and its process (null when a repeat of a known order started nothing). */
  public record Started(OrderIntake.Received received, ProcessInstanceWithVariables instance) {
  }

  /**
   * Receives an order and starts its prioritisation, both or neither. The start runs as the caller,
   * so only roles allowed to start the process can; a repeat of a known order starts nothing.
   */
  @Transactional
  public Started receive(OrderData data, String actor) {
    var received = intake.receive(data, actor);
    if (!received.created()) {
      return new Started(received, null);
    }
    var order = received.order();
    Map<String, Object> variables = forms.filled(order.getOrderNumber());
    variables.put(MANAGER_ID.name(), order.getManagerId());
    var instance = ServerSide.call(() -> runtime.createProcessInstanceByKey(DeliveryPrioritisationProcess.KEY)
        .businessKey(order.getOrderNumber()).setVariables(variables).executeWithVariablesInReturn());
    return new Started(received, instance);
  }

  /** Tells the orders of an approved list: scheduled ones (their date and rank are on the order), the rest roll on. */
  public void publish(DeliveryPlanning.Decided decided) {
    for (String order : decided.scheduled()) {
      correlate(DeliveryPrioritisationProcess.MESSAGE_SCHEDULED, order);
    }
    for (String order : decided.deferred()) {
      correlate(DeliveryPrioritisationProcess.MESSAGE_DEFERRED, order);
    }
  }

  private void correlate(String message, String orderNumber) {
    var result = runtime.createMessageCorrelation(message).processInstanceBusinessKey(orderNumber)
        .correlateAllWithResult();
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
      int woken = 0;
      for (String orderNumber : orders.waitingOnHold(event.inn())) {
        woken += runtime.createMessageCorrelation(DeliveryPrioritisationProcess.MESSAGE_HOLD_LIFTED)
            .processInstanceBusinessKey(orderNumber).correlateAllWithResult().size();
      }
      if (woken > 0) {
        LOG.info("Credit hold of {} lifted: {} waiting orders continue", event.inn(), woken);
      }
    });
  }
}
