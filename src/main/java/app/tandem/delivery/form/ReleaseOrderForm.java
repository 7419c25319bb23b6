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
import app.tandem.delivery.OrderService.HoldDecision;
import org.springframework.stereotype.Component;

/** The head of sales on an order of a customer on credit hold: release it, keep it waiting or cancel it (with a reason). */
@Component
class ReleaseOrderForm implements TaskFormHandler {

  private final OrderService orders;
  private final DeliveryForms forms;

  ReleaseOrderForm(OrderService orders, DeliveryForms forms) {
    this.orders = orders;
    this.forms = forms;
  }

  @Override
  public UserTaskForm form() {
    return RELEASE_FORM;
  }

  @Override
  public FormView view(CaseTask task) {
    return forms.view(task.caseNumber());
  }

  @Override
  public Outcome submit(CaseTask task, FormInput input) {
    var decision = input.required(HOLD_DECISION_FIELD, "Choose a decision: release the order, keep it waiting or cancel it");
    String comment = input.get(COMMENT);
    if (decision != null && decision != HoldDecision.WAIT && comment == null) {
      input.problem(COMMENT, decision == HoldDecision.RELEASE
          ? "Say why this order may go out although the customer is on credit hold"
          : "Say why the order is cancelled");
    }
    input.refuseIfProblems();
    orders.decideHold(task.caseNumber(), decision, comment, task.actor());
    return Outcome.route(HOLD_DECISION, decision.name());
  }
}
