package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.PROMISE_KEPT;

import app.tandem.debt.ContactStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the promised date and the grace days: kept when the balance came down by the promised amount. */
@Component("checkPromise")
class CheckPromiseDelegate implements JavaDelegate {

  private final ContactStage contact;

  CheckPromiseDelegate(ContactStage contact) {
    this.contact = contact;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PROMISE_KEPT.route(execution, contact.checkPromise(execution.getProcessBusinessKey()));
  }
}
