package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.ON_CREDIT_HOLD;
import static app.tandem.delivery.DeliveryPrioritisationProcess.POA_VALID;

import app.tandem.delivery.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** May the order go out? Not without a valid power of attorney, not while the customer is on credit hold. */
@Component("checkDeliveryOrder")
class CheckDeliveryOrderDelegate implements JavaDelegate {

  private final OrderService orders;

  CheckDeliveryOrderDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var check = orders.check(execution.getProcessBusinessKey());
    ON_CREDIT_HOLD.route(execution, check.onCreditHold());
    POA_VALID.route(execution, check.powerOfAttorneyValid());
  }
}
