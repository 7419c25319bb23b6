package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.ORDER_NUMBER;

import app.tandem.delivery.DeliveryForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills the order's summary and history for the task's form. */
@Component("showOrder")
class ShowOrderListener implements TaskListener {

  private final DeliveryForms forms;

  ShowOrderListener(DeliveryForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    forms.show(ORDER_NUMBER.from(task), task.getExecution());
  }
}
