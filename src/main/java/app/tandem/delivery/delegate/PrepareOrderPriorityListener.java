package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.ORDER_NUMBER;

import app.tandem.delivery.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Sets the inputs of the DMN table delivery-priority from the order as it is now (waiting grows each time). */
@Component("prepareOrderPriority")
class PrepareOrderPriorityListener implements ExecutionListener {

  private final OrderService orders;

  PrepareOrderPriorityListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(orders.priorityInputs(ORDER_NUMBER.from(execution)));
  }
}
