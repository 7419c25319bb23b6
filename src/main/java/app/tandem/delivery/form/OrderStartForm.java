package app.tandem.delivery.form;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.StartForm;
import app.tandem.common.form.StartFormHandler;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import app.tandem.delivery.OrderData;
import app.tandem.delivery.OrderIntake;
import app.tandem.delivery.OrderService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;

/** Tasklist's start form of delivery prioritisation: the manager places an order of their team, as its manager. */
@Component
class OrderStartForm implements StartFormHandler {

  private final DeliveryPrioritisationStarter deliveryOrders;
  private final OrderService orders;
  private final OrderIntake intake;

  OrderStartForm(DeliveryPrioritisationStarter deliveryOrders, OrderService orders, OrderIntake intake) {
    this.deliveryOrders = deliveryOrders;
    this.orders = orders;
    this.intake = intake;
  }

  @Override
  public StartForm form() {
    return START_FORM;
  }

  @Override
  public FormView view() {
    return FormView.create().put(CURRENCY, "RUB").put(FIRST_DELIVERY, false).put(LATE_PENALTY, false);
  }

  @Override
  public ProcessInstanceWithVariables start(String actor, FormInput input) {
    var data = new OrderData(input.get(ORDER_NUMBER), input.get(CUSTOMER_INN), input.get(CUSTOMER_NAME),
        input.get(TEAM), input.get(VALUE), input.get(CURRENCY), input.get(REQUESTED_DATE), input.get(ADDRESS),
        input.get(ZONE_FIELD), input.get(GOODS), input.get(WEIGHT_KG), Boolean.TRUE.equals(input.get(FIRST_DELIVERY)),
        Boolean.TRUE.equals(input.get(LATE_PENALTY)), input.get(RECEIVER_NAME), input.get(POA_NUMBER),
        input.get(POA_VALID_UNTIL), actor, input.get(CUSTOMER_EMAIL));
    input.problems(intake.validate(data).stream().filter(problem -> !input.hasProblem(problem.field())).toList());
    if (!input.hasProblem(ORDER_NUMBER.name()) && data.orderNumber() != null
        && orders.find(data.orderNumber().trim()).isPresent()) {
      input.problem(ORDER_NUMBER, "Order " + data.orderNumber().trim()
          + " is already registered; open it in the task list or use a new number");
    }
    input.refuseIfProblems();
    return deliveryOrders.receive(data, actor).instance();
  }
}
