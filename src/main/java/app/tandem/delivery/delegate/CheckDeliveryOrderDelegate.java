package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

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
    var check = orders.check(ORDER_NUMBER.from(execution));
    ON_CREDIT_HOLD.set(execution, check.onCreditHold());
    POA_VALID.set(execution, check.powerOfAttorneyValid());
    POA_PROBLEM.set(execution, check.powerOfAttorneyProblem());
    STATUS.set(execution, orders.get(ORDER_NUMBER.from(execution)).getStatus().name());
  }
}
