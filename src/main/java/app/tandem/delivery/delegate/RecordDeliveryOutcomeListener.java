package app.tandem.delivery.delegate;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.delivery.DeliverySchedule;
import app.tandem.delivery.OrderService;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The delivery service's outcome: delivered (when, signed documents back or not) or failed (why).
 * Only the delivery service records it (administrators may correct).
 */
@Component("recordDeliveryOutcome")
class RecordDeliveryOutcomeListener implements TaskListener {

  private final OrderService orders;
  private final DeliverySchedule schedule;
  private final Staff staff;

  RecordDeliveryOutcomeListener(OrderService orders, DeliverySchedule schedule, Staff staff) {
    this.orders = orders;
    this.schedule = schedule;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Actor.of(task);
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && !staff.isMember(actor, TandemGroup.DELIVERY)
        && !staff.isMember(actor, TandemGroup.ADMINISTRATORS)) {
      throw new AuthorizationException("Only the delivery service records a delivery outcome; " + actor + " is not in it");
    }
    String number = ORDER_NUMBER.from(task);
    String outcome = DELIVERY_OUTCOME.optionalFrom(task).orElse("");
    switch (outcome) {
      case "DELIVERED" -> orders.recordDelivered(number, deliveredAt(DELIVERED_AT.optionalFrom(task).orElse(null)),
          SIGNED_DOCUMENTS.optionalFrom(task).orElse(false), actor);
      case "FAILED" -> orders.recordFailed(number, FAILURE_REASON.optionalFrom(task).orElse(null), actor);
      default -> throw InvalidRequestException.of(DELIVERY_OUTCOME.name(), "Choose the outcome: delivered or failed");
    }
    STATUS.set(task.getExecution(), orders.get(number).getStatus().name());
  }

  /** The form's date and time, read in the business time zone unless it carries an offset. */
  private Instant deliveredAt(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidRequestException.of(DELIVERED_AT.name(), "Say when the goods were handed over");
    }
    String value = text.trim();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(value).atZone(schedule.zone()).toInstant();
      } catch (DateTimeParseException e2) {
        throw InvalidRequestException.of(DELIVERED_AT.name(), "Delivery time must be a date and time like 2026-11-25T14:30");
      }
    }
  }
}
