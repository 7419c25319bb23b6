package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.common.process.FormValues;
import app.tandem.delivery.OrderService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The power of attorney the manager obtained: number, receiver, valid at least until the delivery date. */
@Component("recordPowerOfAttorney")
class RecordPowerOfAttorneyListener implements TaskListener {

  private final OrderService orders;

  RecordPowerOfAttorneyListener(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    var validUntil = FormValues.date(POA_VALID_UNTIL.optionalFrom(task).orElse(null), POA_VALID_UNTIL.name(),
        "Valid until", problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(FormValues.problemsText(problems), problems);
    }
    orders.providePowerOfAttorney(ORDER_NUMBER.from(task), POA_NUMBER.optionalFrom(task).orElse(null), validUntil,
        RECEIVER_NAME.optionalFrom(task).orElse(null), Actor.of(task));
  }
}
