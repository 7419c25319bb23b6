package app.tandem.delivery.delegate;

import app.tandem.delivery.OrderPriorities;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Scores and classes the order by the newest DMN tables delivery-priority and delivery-priority-class. */
@Component("scoreOrder")
class ScoreOrderDelegate implements JavaDelegate {

  private final OrderPriorities priorities;

  ScoreOrderDelegate(OrderPriorities priorities) {
    this.priorities = priorities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    priorities.prioritise(execution.getProcessBusinessKey());
  }
}
