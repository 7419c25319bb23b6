package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryListProcess.BUSINESS_KEY_PREFIX;
import static app.tandem.delivery.DeliveryListProcess.LIST_TITLE;
import static app.tandem.delivery.DeliveryListProcess.ORDERS_ON_LIST;

import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliverySchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the ready orders for the next working day; the list is kept in its table for the head of sales' form. */
@Component("prepareDeliveryList")
class PrepareDeliveryListDelegate implements JavaDelegate {

  private final DeliveryPlanning planning;
  private final DeliverySchedule schedule;

  PrepareDeliveryListDelegate(DeliveryPlanning planning, DeliverySchedule schedule) {
    this.planning = planning;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var date = schedule.listDeliveryDate();
    var prepared = planning.prepare(date);
    execution.setProcessBusinessKey(BUSINESS_KEY_PREFIX + date);
    LIST_TITLE.set(execution, DeliverySchedule.title(date));
    ORDERS_ON_LIST.route(execution, prepared.map(list -> list.scheduled().size() + list.heldBack().size()).orElse(0));
  }
}
