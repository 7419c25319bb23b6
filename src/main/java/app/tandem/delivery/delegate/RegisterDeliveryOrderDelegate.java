package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.FormValues;
import app.tandem.delivery.DeliveryForms;
import app.tandem.delivery.DeliveryOrder;
import app.tandem.delivery.OrderData;
import app.tandem.delivery.OrderService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the order a manager entered on Tasklist's start form (the API registers it before
 * starting the process) and makes its number the business key.
 */
@Component("registerDeliveryOrder")
class RegisterDeliveryOrderDelegate implements JavaDelegate {

  private final OrderService orders;
  private final DeliveryForms forms;

  RegisterDeliveryOrderDelegate(OrderService orders, DeliveryForms forms) {
    this.orders = orders;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeliveryOrder order = ORDER_RECEIVED.optionalFrom(execution).orElse(false)
        ? orders.get(ORDER_NUMBER.from(execution)) : register(execution);
    execution.setProcessBusinessKey(order.getOrderNumber());
    ORDER_NUMBER.set(execution, order.getOrderNumber());
    MANAGER_ID.set(execution, order.getManagerId());
    CUSTOMER_INN.set(execution, order.getCustomerInn());
    REQUESTED_DATE.set(execution, order.getRequestedDate().toString());
    forms.columns(order, execution);
  }

  private DeliveryOrder register(DelegateExecution execution) {
    List<FieldProblem> problems = new ArrayList<>();
    var value = FormValues.amount(execution.getVariable(VALUE.name()), VALUE.name(), "Order value", problems);
    var weight = FormValues.amount(execution.getVariable(WEIGHT_KG.name()), WEIGHT_KG.name(), "Weight", problems);
    var requested = FormValues.date(text(execution, REQUESTED_DATE.name()), REQUESTED_DATE.name(), "Requested date",
        problems);
    var poaUntil = FormValues.date(text(execution, POA_VALID_UNTIL.name()), POA_VALID_UNTIL.name(),
        "Power of attorney valid until", problems);
    var data = new OrderData(text(execution, ORDER_NUMBER.name()), text(execution, CUSTOMER_INN.name()),
        text(execution, CUSTOMER_NAME.name()), text(execution, TEAM.name()), value, text(execution, CURRENCY.name()),
        requested, text(execution, ADDRESS.name()), text(execution, ZONE.name()), text(execution, GOODS.name()), weight,
        Boolean.TRUE.equals(execution.getVariable(FIRST_DELIVERY.name())),
        Boolean.TRUE.equals(execution.getVariable(LATE_PENALTY.name())), text(execution, RECEIVER_NAME.name()),
        text(execution, POA_NUMBER.name()), poaUntil, INITIATOR.from(execution), text(execution, CUSTOMER_EMAIL.name()));
    if (problems.isEmpty()) {
      problems.addAll(orders.validate(data));
    }
    if (problems.isEmpty() && orders.find(data.orderNumber()).isPresent()) {
      problems.add(new FieldProblem("orderNumber", "Order " + data.orderNumber().trim()
          + " is already registered; open it in the task list or use a new number"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(FormValues.problemsText(problems), problems);
    }
    return orders.receive(data, INITIATOR.from(execution)).order();
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
