package app.tandem.delivery;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseEvent;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.process.FormValues;
import app.tandem.common.time.Dates;
import app.tandem.party.CounterpartyDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer orders on their way out: checked (credit hold, power of attorney), held or released, scheduled
 * and their delivery recorded. Every change is in the order's history. Orders come in through
 * {@link OrderIntake}; their priority is {@link OrderPriorities}'.
 *
 * <p>Size: Slightly over 250 lines: every move of an order on its way out and the history it writes.
 */
@Service
public class OrderService {

  public static final String CASE_TYPE = "ORDER";
  private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);

  private final DeliveryOrderRepository orders;
  private final CounterpartyDirectory directory;
  private final CaseHistory history;
  private final DeliverySchedule schedule;
  private final Clock clock;

  OrderService(DeliveryOrderRepository orders, CounterpartyDirectory directory, CaseHistory history,
      DeliverySchedule schedule, Clock clock) {
    this.orders = orders;
    this.directory = directory;
    this.history = history;
    this.schedule = schedule;
    this.clock = clock;
  }

  /** What the checks found: the gateway after them reads these. */
  public record Check(boolean onCreditHold, boolean powerOfAttorneyValid, String powerOfAttorneyProblem) {
  }

  public enum HoldDecision {
    RELEASE, WAIT, CANCEL
  }

  @Transactional(readOnly = true)
  public DeliveryOrder get(String orderNumber) {
    return find(orderNumber).orElseThrow(() -> new NotFoundException("No order " + orderNumber));
  }

  @Transactional(readOnly = true)
  public Optional<DeliveryOrder> find(String orderNumber) {
    return orderNumber == null ? Optional.empty() : orders.findById(orderNumber.trim());
  }

  /** Why the order was cancelled, as the head of sales wrote it. */
  @Transactional(readOnly = true)
  public String cancellationReason(String orderNumber) {
    var events = historyOf(orderNumber);
    for (int i = events.size() - 1; i >= 0; i--) {
      if (OrderStatus.CANCELLED.name().equals(events.get(i).getStatus())) {
        return events.get(i).getComment();
      }
    }
    return null;
  }

  /** The customer's orders placed and not yet delivered or cancelled: what stands against its credit. */
  @Transactional(readOnly = true)
  public List<DeliveryOrder> openOrdersOf(String customerInn) {
    return orders.findByCustomerInnAndStatusIn(customerInn, java.util.Arrays.stream(OrderStatus.values())
        .filter(status -> !status.isClosed()).toList());
  }

  /** The customer's orders kept waiting while it is on credit hold. */
  @Transactional(readOnly = true)
  public List<String> waitingOnHold(String customerInn) {
    return orders.findByCustomerInnAndStatusIn(customerInn, List.of(OrderStatus.ON_HOLD)).stream()
        .map(DeliveryOrder::getOrderNumber).toList();
  }

  @Transactional(readOnly = true)
  public List<CaseEvent> historyOf(String orderNumber) {
    return history.of(CASE_TYPE, orderNumber);
  }

  @Transactional
  public void recordPriority(String orderNumber, int score, String priorityClass, String reason) {
    var order = get(orderNumber);
    boolean changed = !Objects.equals(order.getPriorityScore(), score) || !priorityClass.equals(order.getPriorityClass());
    order.prioritised(score, priorityClass, reason, clock.instant());
    if (changed) {
      history.record(CASE_TYPE, orderNumber, "system", "PRIORITISED", order.getStatus().name(),
          "Class " + priorityClass + ", score " + score + ": " + reason);
    }
  }

  /**
   * Checks whether the order may go out: not while its customer is on credit hold (unless the head of
   * sales released this order), and only with a power of attorney valid on the delivery date.
   */
  @Transactional
  public Check check(String orderNumber) {
    var order = get(orderNumber);
    boolean onHold = directory.isOnCreditHold(order.getCustomerInn()) && order.getHoldReleasedBy() == null;
    LocalDate needed = neededUntil(order);
    String poaProblem = powerOfAttorneyProblem(order, needed);
    OrderStatus status = onHold ? OrderStatus.ON_HOLD : poaProblem != null ? OrderStatus.WAITING_FOR_POA : OrderStatus.READY;
    changeStatus(order, status, "system", onHold ? "The customer is on credit hold" : poaProblem);
    return new Check(onHold, poaProblem == null, poaProblem);
  }

  /** Why the order's power of attorney does not cover the date it is needed until, or null when it does. */
  @Transactional(readOnly = true)
  public String powerOfAttorneyProblem(String orderNumber) {
    var order = get(orderNumber);
    return powerOfAttorneyProblem(order, neededUntil(order));
  }

  /** Why the power of attorney does not cover the date, or null when it does. */
  static String powerOfAttorneyProblem(DeliveryOrder order, LocalDate date) {
    if (order.getPowerOfAttorneyNumber() == null || order.getPowerOfAttorneyValidUntil() == null) {
      return "No power of attorney for the receiver";
    }
    if (!order.powerOfAttorneyValidOn(date)) {
      return "Power of attorney " + order.getPowerOfAttorneyNumber() + " is valid until "
          + Dates.show(order.getPowerOfAttorneyValidUntil()) + ", before the delivery date " + Dates.show(date);
    }
    return null;
  }

  /** The power of attorney must cover the requested date, or the first possible delivery day if later. */
  LocalDate neededUntil(DeliveryOrder order) {
    LocalDate next = schedule.nextDeliveryDate();
    return order.getRequestedDate().isAfter(next) ? order.getRequestedDate() : next;
  }

  /** The power of attorney was checked before the hold, so a released order is ready. */
  @Transactional
  public void decideHold(String orderNumber, HoldDecision decision, String comment, String actor) {
    var order = get(orderNumber);
    switch (decision) {
      case RELEASE -> {
        order.releaseHold(actor, clock.instant());
        history.record(CASE_TYPE, orderNumber, actor, "HOLD_RELEASED", order.getStatus().name(), comment);
        changeStatus(order, OrderStatus.READY, actor, "Released by the head of sales despite the credit hold");
      }
      case WAIT -> history.record(CASE_TYPE, orderNumber, actor, "KEPT_ON_HOLD", order.getStatus().name(), comment);
      case CANCEL -> changeStatus(order, OrderStatus.CANCELLED, actor, comment);
      default -> throw new IllegalStateException();
    }
  }

  /** The manager obtained a power of attorney; it must cover the delivery date. */
  @Transactional
  public void providePowerOfAttorney(String orderNumber, String number, LocalDate validUntil, String receiver,
      String actor) {
    var order = get(orderNumber);
    List<FieldProblem> problems = new ArrayList<>();
    if (trim(number) == null) {
      problems.add(new FieldProblem("powerOfAttorneyNumber", "Power of attorney number is required"));
    } else if (number.trim().length() > 64) {
      problems.add(new FieldProblem("powerOfAttorneyNumber", "Power of attorney number must have at most 64 characters"));
    }
    LocalDate needed = neededUntil(order);
    if (validUntil == null) {
      problems.add(new FieldProblem("powerOfAttorneyValidUntil", "Say until when the power of attorney is valid"));
    } else if (validUntil.isBefore(needed)) {
      problems.add(new FieldProblem("powerOfAttorneyValidUntil", "The power of attorney must be valid at least until "
          + needed + " (the delivery date)"));
    }
    if (trim(receiver) == null) {
      problems.add(new FieldProblem("receiverName", "Say who receives the goods"));
    }
    InvalidRequestException.throwIfAny(FormValues.problemsText(problems), problems);
    order.powerOfAttorney(number.trim(), validUntil, receiver.trim(), clock.instant());
    history.record(CASE_TYPE, orderNumber, actor, "POWER_OF_ATTORNEY", order.getStatus().name(),
        "No. " + number.trim() + " for " + receiver.trim() + ", valid until " + Dates.show(validUntil));
  }

  /** The goods were handed over; never while the customer is on credit hold (unless released). */
  @Transactional
  public void recordDelivered(String orderNumber, Instant at, boolean signedDocuments, String actor) {
    var order = get(orderNumber);
    if (directory.isOnCreditHold(order.getCustomerInn()) && order.getHoldReleasedBy() == null) {
      throw InvalidRequestException.of("deliveryOutcome", order.getCustomerName()
          + " is on credit hold: do not hand over the goods. Record the delivery as failed with the reason.");
    }
    if (at == null) {
      throw InvalidRequestException.of("deliveredAt", "Say when the goods were handed over");
    }
    if (at.isAfter(clock.instant().plusSeconds(300))) {
      throw InvalidRequestException.of("deliveredAt", "Delivery time must not be in the future");
    }
    LocalDate on = at.atZone(schedule.zone()).toLocalDate();
    order.delivered(at, on, signedDocuments, clock.instant());
    boolean onTime = !on.isAfter(order.getRequestedDate());
    history.record(CASE_TYPE, orderNumber, actor, "DELIVERED", OrderStatus.DELIVERED.name(),
        (onTime ? "On time" : "Late (requested " + Dates.show(order.getRequestedDate()) + ")")
            + (signedDocuments ? "; signed documents received" : "; signed documents NOT received"));
  }

  @Transactional
  public void recordFailed(String orderNumber, String reason, String actor) {
    var order = get(orderNumber);
    if (trim(reason) == null) {
      throw InvalidRequestException.of("failureReason", "Say why the delivery failed");
    }
    order.failed(reason.trim(), clock.instant());
    history.record(CASE_TYPE, orderNumber, actor, "DELIVERY_FAILED", OrderStatus.FAILED.name(), reason.trim());
  }

  /** Flags the order late unless it was delivered meanwhile; true when it was flagged now. */
  @Transactional
  public boolean markLate(String orderNumber) {
    var order = get(orderNumber);
    if (order.getStatus().isClosed() || order.isLate()) {
      return false;
    }
    order.markLate(clock.instant());
    history.record(CASE_TYPE, orderNumber, "system", "LATE", order.getStatus().name(),
        "Not delivered by the requested date " + Dates.show(order.getRequestedDate()));
    return true;
  }

  @Transactional
  void scheduled(String orderNumber, LocalDate date, int rank, String actor) {
    var order = get(orderNumber);
    order.schedule(date, rank, clock.instant());
    history.record(CASE_TYPE, orderNumber, actor, "SCHEDULED", OrderStatus.SCHEDULED.name(),
        "Delivery list of " + Dates.show(date) + ", rank " + rank);
  }

  @Transactional
  void deferred(String orderNumber, LocalDate date, String why, String actor) {
    var order = get(orderNumber);
    order.defer(clock.instant());
    history.record(CASE_TYPE, orderNumber, actor, "DEFERRED", order.getStatus().name(),
        "Not on the delivery list of " + Dates.show(date) + ": " + why);
  }

  private void changeStatus(DeliveryOrder order, OrderStatus status, String actor, String comment) {
    if (order.getStatus() != status) {
      order.status(status, clock.instant());
      history.record(CASE_TYPE, order.getOrderNumber(), actor, status.name(), status.name(), comment);
    }
  }

  /** What the order still needs to go out, for the manager when it is received; empty when nothing. */
  List<String> warnings(DeliveryOrder order) {
    String problem = powerOfAttorneyProblem(order, neededUntil(order));
    return problem == null ? List.of()
        : List.of(problem + ": the manager is asked to obtain a power of attorney before the order can go out");
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }


}
