package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.ORDER_NUMBER;

import app.tandem.delivery.DeliveryForms;
import app.tandem.identity.CaseAccess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills the order's summary and history for the task's form; whoever works on it may read the order's instance. */
@Component("showOrder")
class ShowOrderListener implements TaskListener {

  private final DeliveryForms forms;
  private final CaseAccess access;

  ShowOrderListener(DeliveryForms forms, CaseAccess access) {
    this.forms = forms;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    forms.show(ORDER_NUMBER.from(task), task.getExecution());
    access.grantInstanceReadFor(task);
  }
}
