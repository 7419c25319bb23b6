package app.tandem.delivery.form;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.form.CaseTask;
import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.Outcome;
import app.tandem.common.form.TaskFormHandler;
import app.tandem.common.form.UserTaskForm;
import app.tandem.delivery.DeliveryForms;
import app.tandem.delivery.OrderService;
import org.springframework.stereotype.Component;

/** The power of attorney the manager obtained: number, receiver, valid at least until the delivery date. */
@Component
class ObtainPowerOfAttorneyForm implements TaskFormHandler {

  private final OrderService orders;
  private final DeliveryForms forms;

  ObtainPowerOfAttorneyForm(OrderService orders, DeliveryForms forms) {
    this.orders = orders;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return OBTAIN_POA_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    var order = orders.get(task.caseNumber());
    return forms.view(task.caseNumber()).put(RECEIVER_NAME, order.getReceiverName());
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    input.refuseIfProblems();
    orders.providePowerOfAttorney(task.caseNumber(), input.get(POA_NUMBER), input.get(POA_VALID_UNTIL),
        input.get(RECEIVER_NAME), task.actor());
    return Outcome.none();
  }
}
