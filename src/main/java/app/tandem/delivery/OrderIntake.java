package app.tandem.delivery;

import static app.tandem.delivery.OrderService.trim;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.input.RecordLimits;
import app.tandem.common.money.Money;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.requisites.RequisitesCheck;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders coming in from the CRM or a manager's start form: every field validated at once, received
 * idempotently by order number (the same order again changes nothing, a different one under a known
 * number is a conflict), the customer added to the directory. Validation is one long method by nature:
 * one rule per field, in the order of the form.
 */
@Service
public class OrderIntake {

  private static final Logger LOG = LoggerFactory.getLogger(OrderIntake.class);
  private static final Pattern ORDER_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._#№/-]{0,63}");

  private final DeliveryOrderRepository orders;
  private final OrderService orderService;
  private final CounterpartyDirectory directory;
  private final Staff staff;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;
  private final RecordLimits limits;
  private final Clock clock;

  OrderIntake(DeliveryOrderRepository orders, OrderService orderService, CounterpartyDirectory directory, Staff staff,
      CaseHistory history, WorkingDayCalendar calendar, RecordLimits limits, Clock clock) {
    this.orders = orders;
    this.orderService = orderService;
    this.directory = directory;
    this.staff = staff;
    this.history = history;
    this.calendar = calendar;
    this.limits = limits;
    this.clock = clock;
  }

  /** The result of receiving an order; warnings say what the order still needs (it is accepted). */
  public record Received(DeliveryOrder order, boolean created, List<String> warnings) {
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
        return new Received(existing.get(), false, orderService.warnings(existing.get()));
      }
      throw new ConflictException("Order " + normalized.orderNumber()
          + " is already registered with different content; send changes as a new order number");
    }
    directory.ensureCustomer(normalized.customerInn(), normalized.customerName(), normalized.customerEmail());
    var team = DeliveryTeam.parse(normalized.team()).orElseThrow();
    var order = orders.save(new DeliveryOrder(normalized, team, clock.instant()));
    history.record(OrderService.CASE_TYPE, order.getOrderNumber(), actor, "RECEIVED", OrderStatus.NEW.name(),
        team.displayName() + ": " + order.valueMoney().display() + " for " + Dates.show(order.getRequestedDate()) + ", "
            + order.getZone());
    LOG.info("Order {} of {} received from {}: {} for {}", order.getOrderNumber(), order.getCustomerName(),
        team, order.valueMoney(), order.getRequestedDate());
    return new Received(order, true, orderService.warnings(order));
  }

  /** Every problem with an order, field by field; empty when it may be received. */
  public List<FieldProblem> validate(OrderData data) {
    var check = RequisitesCheck.start().inn("customerInn", data.customerInn(), true)
        .email("customerEmail", data.customerEmail(), false);
    List<FieldProblem> problems = new ArrayList<>(limits.problems(data, "delivery_order", Set.of("goods"),
        Map.of("value", "order_value", "zone", "delivery_zone", "powerOfAttorneyNumber", "poa_number",
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

  private static void text(List<FieldProblem> problems, String field, String label, String value, int max) {
    if (trim(value) == null) {
      problems.add(new FieldProblem(field, label + " is required"));
    } else if (value.trim().length() > max) {
      problems.add(new FieldProblem(field, label + " must have at most " + max + " characters"));
    }
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
