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

/** The delivery service's outcome: delivered (when, signed documents back or not) or failed (why). */
@Component
class DeliverOrderForm implements TaskFormHandler {

  private final OrderService orders;
  private final DeliveryForms forms;

  DeliverOrderForm(OrderService orders, DeliveryForms forms) {
    this.orders = orders;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return DELIVER_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(task.caseNumber()).put(SIGNED_DOCUMENTS, false);
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    String outcome = input.required(DELIVERY_OUTCOME_FIELD, "Choose the outcome: delivered or failed");
    input.refuseIfProblems();
    if (DELIVERED.equals(outcome)) {
      orders.recordDelivered(task.caseNumber(), input.get(DELIVERED_AT), Boolean.TRUE.equals(input.get(SIGNED_DOCUMENTS)),
          task.actor());
    } else {
      orders.recordFailed(task.caseNumber(), input.get(FAILURE_REASON), task.actor());
    }
    return Outcome.route(DELIVERY_OUTCOME, outcome);
  }
}
