package app.tandem.delivery;

import app.tandem.common.time.Dates;
import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseEvent;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.process.FormValues;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.requisites.RequisitesCheck;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer orders to deliver: received idempotently by order number, prioritised, checked (credit
 * hold, power of attorney) and their delivery recorded. Every change is in the order's history.
 */
@Service
public class OrderService {

  private final app.tandem.common.input.RecordLimits limits;

  public static final String CASE_TYPE = "ORDER";
  private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);
  private static final Pattern ORDER_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._#№/-]{0,63}");

  private final DeliveryOrderRepository orders;
  private final CounterpartyDirectory directory;
  private final Staff staff;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;
  private final DeliverySchedule schedule;
  private final Clock clock;

  private final app.tandem.debt.ReceivableService receivables;

  OrderService(DeliveryOrderRepository orders, CounterpartyDirectory directory, Staff staff, CaseHistory history,
      WorkingDayCalendar calendar, DeliverySchedule schedule, Clock clock, app.tandem.common.input.RecordLimits limits,
      app.tandem.debt.ReceivableService receivables) {
    this.limits = limits;
    this.receivables = receivables;
    this.orders = orders;
    this.directory = directory;
    this.staff = staff;
    this.history = history;
    this.calendar = calendar;
    this.schedule = schedule;
    this.clock = clock;
  }

  /** The result of receiving an order; warnings say what the order still needs (it is accepted). */
  public record Received(DeliveryOrder order, boolean created, List<String> warnings) {
  }

  /** What the checks found: the gateway after them reads these. */
  public record Check(boolean onCreditHold, boolean powerOfAttorneyValid, String powerOfAttorneyProblem) {
  }

  public enum HoldDecision {
    RELEASE, WAIT, CANCEL
  }

  /**
   * Receives an order: created, or unchanged when exactly this order is already known.
   *
   * @throws InvalidRequestException listing every invalid field
   * @throws ConflictException when the number is known with different content
   */
  @Transactional
  public Received receive(OrderData data, String actor) {
    var problems = validate(data);
    InvalidRequestException.throwIfAny("The order has invalid fields.", problems);
    OrderData normalized = normalized(data);
    var existing = orders.findById(normalized.orderNumber());
    if (existing.isPresent()) {
      if (sameContent(existing.get().data(), normalized)) {
        return new Received(existing.get(), false, warnings(existing.get()));
      }
      throw new ConflictException("Order " + normalized.orderNumber()
          + " is already registered with different content; send changes as a new order number");
    }
    directory.ensureCustomer(normalized.customerInn(), normalized.customerName(), normalized.customerEmail());
    var team = DeliveryTeam.parse(normalized.team()).orElseThrow();
    var order = orders.save(new DeliveryOrder(normalized, team, clock.instant()));
    history.record(CASE_TYPE, order.getOrderNumber(), actor, "RECEIVED", OrderStatus.NEW.name(),
        team.displayName() + ": " + order.valueMoney().display() + " for " + Dates.show(order.getRequestedDate()) + ", "
            + order.getZone());
    LOG.info("Order {} of {} received from {}: {} for {}", order.getOrderNumber(), order.getCustomerName(),
        team, order.valueMoney(), order.getRequestedDate());
    return new Received(order, true, warnings(order));
  }

  /** Every problem with an order, field by field; empty when it may be received. */
  public List<FieldProblem> validate(OrderData data) {
    var check = RequisitesCheck.start().inn("customerInn", data.customerInn(), true)
        .email("customerEmail", data.customerEmail(), false);
    List<FieldProblem> problems = new ArrayList<>(limits.problems(data, "delivery_order", java.util.Set.of("goods"),
        java.util.Map.of("value", "order_value", "zone", "delivery_zone", "powerOfAttorneyNumber", "poa_number",
            "powerOfAttorneyValidUntil", "poa_valid_until")));
    check.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
        .forEach(problems::add);
    String number = trim(data.orderNumber());
    if (number == null) {
      problems.add(new FieldProblem("orderNumber", "Order number is required"));
    } else if (!ORDER_NUMBER.matcher(number).matches()) {
      problems.add(new FieldProblem("orderNumber",
          "Order number must have 1 to 64 letters, digits, spaces or . _ # № / - and start with a letter or digit"));
    }
    text(problems, "customerName", "Customer name", data.customerName(), 255);
    var team = DeliveryTeam.parse(data.team());
    if (trim(data.team()) == null) {
      problems.add(new FieldProblem("team", "Team is required: NEW_CLIENTS or KEY_ACCOUNTS"));
    } else if (team.isEmpty()) {
      problems.add(new FieldProblem("team", "Unknown team '" + data.team().trim() + "': use "
          + Arrays.stream(DeliveryTeam.values()).map(Enum::name).collect(Collectors.joining(" or "))));
    }
    String manager = trim(data.managerId());
    if (manager == null) {
      problems.add(new FieldProblem("managerId", "The responsible manager's user id is required"));
    } else if (!staff.isMember(manager, TandemGroup.SALES_MANAGERS)) {
      problems.add(new FieldProblem("managerId", "Unknown manager: no sales manager has the user id '" + manager + "'"));
    } else if (team.isPresent() && !staff.isMember(manager, team.get().group())
        && Arrays.stream(DeliveryTeam.values()).anyMatch(t -> staff.isMember(manager, t.group()))) {
      problems.add(new FieldProblem("team", staff.displayName(manager) + " is not in the "
          + team.get().displayName().toLowerCase() + " team"));
    }
    if (data.value() == null) {
      problems.add(new FieldProblem("value", "Order value is required"));
    } else if (data.value().signum() <= 0) {
      problems.add(new FieldProblem("value", "Order value must be greater than zero"));
    } else {
      String amountProblem = Money.amountProblem(data.value());
      if (amountProblem != null) {
        problems.add(new FieldProblem("value", amountProblem.replace("Amount", "Order value")));
      }
    }
    String currencyProblem = Money.currencyProblem(data.currency());
    if (currencyProblem != null) {
      problems.add(new FieldProblem("currency", currencyProblem));
    }
    LocalDate today = calendar.today();
    if (data.requestedDate() == null) {
      problems.add(new FieldProblem("requestedDate", "Requested delivery date is required"));
    } else if (data.requestedDate().isBefore(today)) {
      problems.add(new FieldProblem("requestedDate", "Requested delivery date " + Dates.show(data.requestedDate())
          + " is in the past; today is " + Dates.show(today)));
    } else if (data.requestedDate().isAfter(today.plusYears(1))) {
      problems.add(new FieldProblem("requestedDate", "Requested delivery date must be within a year"));
    }
    text(problems, "address", "Delivery address", data.address(), 500);
    text(problems, "zone", "Delivery zone", data.zone(), 100);
    text(problems, "goods", "Goods", data.goods(), 2000);
    if (data.weightKg() == null) {
      problems.add(new FieldProblem("weightKg", "Weight in kilograms is required"));
    } else if (data.weightKg().signum() <= 0) {
      problems.add(new FieldProblem("weightKg", "Weight must be greater than zero"));
    } else if (data.weightKg().scale() > 2 || data.weightKg().compareTo(new BigDecimal("1000000")) >= 0) {
      problems.add(new FieldProblem("weightKg", "Weight must be below 1 000 000 kg with at most 2 decimals"));
    }
    String poaNumber = trim(data.powerOfAttorneyNumber());
    if (poaNumber != null && poaNumber.length() > 64) {
      problems.add(new FieldProblem("powerOfAttorneyNumber", "Power of attorney number must have at most 64 characters"));
    }
    if (poaNumber != null && data.powerOfAttorneyValidUntil() == null) {
      problems.add(new FieldProblem("powerOfAttorneyValidUntil", "Say until when the power of attorney is valid"));
    }
    if (poaNumber == null && data.powerOfAttorneyValidUntil() != null) {
      problems.add(new FieldProblem("powerOfAttorneyNumber", "Power of attorney number is required with its validity date"));
    }
    if (poaNumber != null && trim(data.receiverName()) == null) {
      problems.add(new FieldProblem("receiverName", "Say who receives the goods under the power of attorney"));
    }
    if (trim(data.receiverName()) != null && data.receiverName().trim().length() > 255) {
      problems.add(new FieldProblem("receiverName", "Receiver name must have at most 255 characters"));
    }
    return problems;
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

  /** The inputs of the DMN table {@code delivery-priority} for this order, now. */
  @Transactional(readOnly = true)
  public Map<String, Object> priorityInputs(String orderNumber) {
    var order = get(orderNumber);
    LocalDate deliveryDate = schedule.nextDeliveryDate();
    LocalDate received = order.getReceivedAt().atZone(schedule.zone()).toLocalDate();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(OrderPriorities.TEAM, order.getTeam().name());
    inputs.put(OrderPriorities.CUSTOMER_SEGMENT, segmentOf(order));
    inputs.put(OrderPriorities.ORDER_VALUE, order.getValue().doubleValue());
    inputs.put(OrderPriorities.CURRENCY, order.getCurrency());
    inputs.put(OrderPriorities.WORKING_DAYS_TO_REQUESTED, calendar.workingDaysBetween(deliveryDate, order.getRequestedDate()));
    inputs.put(OrderPriorities.FIRST_DELIVERY, order.isFirstDelivery());
    inputs.put(OrderPriorities.LATE_PENALTY, order.isLatePenalty());
    inputs.put(OrderPriorities.DAYS_WAITING, Math.max(0, calendar.workingDaysBetween(received, calendar.today())));
    inputs.put(OrderPriorities.FAILED_DELIVERIES, order.getFailedDeliveries());
    return inputs;
  }

  /**
   * NEW: a customer without a trading history — never invoiced (accounting registers every invoice, also
   * those from before Tandem) and nothing delivered through Tandem; REGULAR otherwise.
   */
  String segmentOf(DeliveryOrder order) {
    return receivables.hasBeenInvoiced(order.getCustomerInn())
        || orders.existsByCustomerInnAndStatus(order.getCustomerInn(), OrderStatus.DELIVERED) ? "REGULAR" : "NEW";
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

  private List<String> warnings(DeliveryOrder order) {
    String problem = powerOfAttorneyProblem(order, neededUntil(order));
    return problem == null ? List.of()
        : List.of(problem + ": the manager is asked to obtain a power of attorney before the order can go out");
  }

  private static void text(List<FieldProblem> problems, String field, String label, String value, int max) {
    if (trim(value) == null) {
      problems.add(new FieldProblem(field, label + " is required"));
    } else if (value.trim().length() > max) {
      problems.add(new FieldProblem(field, label + " must have at most " + max + " characters"));
    }
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static OrderData normalized(OrderData data) {
    return new OrderData(data.orderNumber().trim(), data.customerInn().trim(), data.customerName().trim(),
        data.team().trim(), data.value().setScale(2), data.currency(), data.requestedDate(), data.address().trim(),
        data.zone().trim(), data.goods().trim(), data.weightKg().setScale(2), Boolean.TRUE.equals(data.firstDelivery()),
        Boolean.TRUE.equals(data.latePenalty()), trim(data.receiverName()), trim(data.powerOfAttorneyNumber()),
        data.powerOfAttorneyValidUntil(), data.managerId().trim(), trim(data.customerEmail()));
  }

  private static boolean sameContent(OrderData a, OrderData b) {
    return a.orderNumber().equals(b.orderNumber()) && a.customerInn().equals(b.customerInn())
        && a.customerName().equals(b.customerName()) && a.team().equals(b.team())
        && a.value().compareTo(b.value()) == 0 && a.currency().equals(b.currency())
        && a.requestedDate().equals(b.requestedDate()) && a.address().equals(b.address())
        && a.zone().equals(b.zone()) && a.goods().equals(b.goods()) && a.weightKg().compareTo(b.weightKg()) == 0
        && Objects.equals(a.firstDelivery(), b.firstDelivery()) && Objects.equals(a.latePenalty(), b.latePenalty())
        && Objects.equals(a.receiverName(), b.receiverName())
        && Objects.equals(a.powerOfAttorneyNumber(), b.powerOfAttorneyNumber())
        && Objects.equals(a.powerOfAttorneyValidUntil(), b.powerOfAttorneyValidUntil())
        && a.managerId().equals(b.managerId());
  }
}
