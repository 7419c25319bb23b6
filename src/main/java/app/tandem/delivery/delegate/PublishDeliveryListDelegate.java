package app.tandem.delivery.delegate;

import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells each order of the approved list whether it is scheduled (date and rank) or rolls over. */
@Component("publishDeliveryList")
class PublishDeliveryListDelegate implements JavaDelegate {

  private final DeliveryPlanning planning;
  private final DeliveryPrioritisationStarter orders;

  PublishDeliveryListDelegate(DeliveryPlanning planning, DeliveryPrioritisationStarter orders) {
    this.planning = planning;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.publish(planning.decided(DeliveryListProcess.listDate(execution.getProcessBusinessKey())));
  }
}
