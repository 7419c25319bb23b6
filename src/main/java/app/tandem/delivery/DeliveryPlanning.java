package app.tandem.delivery;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.form.FormInput;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily delivery list: the ready orders ranked by their priority, the head of sales' moves, and
 * the cut at the day's capacity. Orders beyond it roll to the next list; orders that cannot go out
 * that day (credit hold, power of attorney) are held back and go back to their checks.
 *
 * <p>Size: Kept whole: ranking, the head of sales' moves and the capacity cut are one decision on one list.
 */
@Service
public class DeliveryPlanning {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryPlanning.class);
  static final Comparator<DeliveryOrder> BY_PRIORITY = Comparator
      .comparing((DeliveryOrder o) -> o.getPriorityScore() == null ? 0 : o.getPriorityScore()).reversed()
      .thenComparing(DeliveryOrder::getRequestedDate)
      .thenComparing(DeliveryOrder::getReceivedAt)
      .thenComparing(DeliveryOrder::getOrderNumber);

  private final DeliveryOrderRepository orders;
  private final DeliveryListRepository lists;
  private final DeliveryListEntryRepository entries;
  private final OrderService orderService;
  private final CounterpartyDirectory directory;
  private final DeliverySchedule schedule;
  private final DeliveryProperties properties;
  private final Staff staff;
  private final CaseHistory history;
  private final Clock clock;

  DeliveryPlanning(DeliveryOrderRepository orders, DeliveryListRepository lists, DeliveryListEntryRepository entries,
      OrderService orderService, CounterpartyDirectory directory, DeliverySchedule schedule,
      DeliveryProperties properties, Staff staff, CaseHistory history, Clock clock) {
    this.orders = orders;
    this.lists = lists;
    this.entries = entries;
    this.orderService = orderService;
    this.directory = directory;
    this.schedule = schedule;
    this.properties = properties;
    this.staff = staff;
    this.history = history;
    this.clock = clock;
  }

  /** A line of a delivery list as the head of sales, the API and the delivery service see it. */
  public record Line(int rank, String order, String customer, String team, String priorityClass, int score,
      String reason, LocalDate requestedDate, String zone, String address, BigDecimal weightKg, String manager,
      boolean late, String status, String moveReason, String heldBackReason) {
  }

  /** A list: the ranked lines, and those held back from it. */
  public record ListView(LocalDate deliveryDate, String status, int capacityOrders, BigDecimal capacityWeightKg,
      String approvedBy, java.time.Instant approvedAt, List<Line> scheduled, List<Line> deferred, List<Line> heldBack) {
  }

  /** The head of sales moves an order to another rank, and says why. */
  public record Move(String order, Integer newRank, String reason) {
  }

  /** What approving a list decided, for the engine to tell each order's process. */
  public record Decided(LocalDate deliveryDate, List<String> scheduled, List<String> deferred) {
  }

  /**
   * Prepares the list for a delivery date from the ready orders not on another pending list and not
   * requested too far ahead. Running it again for the same date returns the pending list as it is.
   */
  @Transactional
  public Optional<ListView> prepare(LocalDate deliveryDate) {
    var existing = lists.findById(deliveryDate);
    if (existing.isPresent()) {
      return existing.get().isApproved() ? Optional.empty() : Optional.of(view(existing.get()));
    }
    Set<String> pending = new HashSet<>(entries.ordersOnPendingLists());
    LocalDate latestRequested = schedule.latestRequestedDateFor(deliveryDate);
    List<DeliveryOrder> candidates = orders.findByStatus(OrderStatus.READY).stream()
        .filter(order -> !pending.contains(order.getOrderNumber()))
        .filter(order -> !order.getRequestedDate().isAfter(latestRequested))
        .sorted(BY_PRIORITY).toList();
    var list = lists.save(new DeliveryList(deliveryDate, properties.capacityOrders(), properties.capacityWeightKg(),
        clock.instant()));
    Set<String> onHold = directory.onCreditHold(candidates.stream().map(DeliveryOrder::getCustomerInn).toList());
    List<DeliveryListEntry> eligible = new ArrayList<>();
    List<DeliveryListEntry> heldBack = new ArrayList<>();
    for (DeliveryOrder order : candidates) {
      String why = onHold.contains(order.getCustomerInn()) && order.getHoldReleasedBy() == null
          ? "The customer is on credit hold" : OrderService.powerOfAttorneyProblem(order, deliveryDate);
      boolean late = order.getRequestedDate().isBefore(deliveryDate);
      if (why == null) {
        eligible.add(new DeliveryListEntry(deliveryDate, order, eligible.size() + 1, late));
      } else {
        var entry = new DeliveryListEntry(deliveryDate, order, candidates.size() + heldBack.size() + 1, late);
        entry.holdBack(why);
        heldBack.add(entry);
      }
    }
    entries.saveAll(eligible);
    entries.saveAll(heldBack);
    LOG.info("Delivery list for {} prepared: {} orders ranked, {} held back", deliveryDate, eligible.size(),
        heldBack.size());
    return Optional.of(view(list));
  }

  /**
   * Approves a pending list: applies the head's moves (each needs a reason), cuts at the capacity
   * (the first order always goes, whatever it weighs) and schedules or defers every order on it.
   */
  @Transactional
  public Decided approve(LocalDate deliveryDate, Integer capacityOrders, BigDecimal capacityWeightKg, List<Move> moves,
      String actor) {
    var list = lists.findById(deliveryDate).orElseThrow(() -> new NotFoundException("No delivery list for " + Dates.show(deliveryDate)));
    if (list.isApproved()) {
      throw new InvalidRequestException("The delivery list for " + Dates.show(deliveryDate) + " is already approved", List.of());
    }
    var listEntries = entries.findByDeliveryDateOrderByProposedRankAsc(deliveryDate);
    List<DeliveryListEntry> ranked = new ArrayList<>(listEntries.stream()
        .filter(e -> !DeliveryListEntry.HELD_BACK.equals(e.getOutcome())).toList());
    List<FieldProblem> problems = new ArrayList<>();
    Integer capacity = capacityOrders == null ? list.getCapacityOrders() : capacityOrders;
    BigDecimal weightCapacity = capacityWeightKg == null ? list.getCapacityWeightKg() : capacityWeightKg;
    if (capacity != null && capacity < 1) {
      problems.add(new FieldProblem("capacityOrders", "The day's capacity must be at least 1 order"));
    }
    if (weightCapacity.signum() < 0) {
      problems.add(new FieldProblem("capacityWeightKg", "Weight capacity must not be negative (0: no weight limit)"));
    }
    Map<String, String> reasons = new LinkedHashMap<>();
    int i = 0;
    for (Move move : moves) {
      String field = "moves[" + i++ + "]";
      String number = move.order() == null ? "" : move.order().trim();
      var entry = ranked.stream().filter(e -> e.getOrderNumber().equals(number)).findFirst();
      if (number.isEmpty()) {
        problems.add(new FieldProblem(field + ".order", "Move " + i + ": choose the order to move"));
        continue;
      }
      if (entry.isEmpty()) {
        problems.add(new FieldProblem(field + ".order", "Move " + i + ": order " + number + " is not on this list"));
        continue;
      }
      if (reasons.containsKey(number)) {
        problems.add(new FieldProblem(field + ".order", "Move " + i + ": order " + number + " is moved twice"));
      }
      if (move.newRank() == null || move.newRank() < 1 || move.newRank() > ranked.size()) {
        problems.add(new FieldProblem(field + ".newRank", "Move " + i + ": the new rank of " + number
            + " must be between 1 and " + ranked.size()));
      }
      if (move.reason() == null || move.reason().isBlank()) {
        problems.add(new FieldProblem(field + ".reason", "Move " + i + ": say why order " + number
            + " moves from rank " + entry.get().getProposedRank() + (move.newRank() == null ? "" : " to " + move.newRank())));
      }
      reasons.put(number, move.reason() == null ? "" : move.reason().trim());
    }
    InvalidRequestException.throwIfAny(FormInput.summary(problems), problems);
    for (Move move : moves) {
      var entry = ranked.stream().filter(e -> e.getOrderNumber().equals(move.order().trim())).findFirst().orElseThrow();
      ranked.remove(entry);
      ranked.add(move.newRank() - 1, entry);
    }
    Map<String, DeliveryOrder> byNumber = orders.findAllById(listEntries.stream().map(DeliveryListEntry::getOrderNumber)
        .toList()).stream().collect(Collectors.toMap(DeliveryOrder::getOrderNumber, Function.identity()));
    List<String> scheduled = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    BigDecimal load = BigDecimal.ZERO;
    boolean full = false;
    int rank = 0;
    for (DeliveryListEntry entry : ranked) {
      rank++;
      var order = byNumber.get(entry.getOrderNumber());
      BigDecimal after = load.add(order.getWeightKg());
      boolean fits = scheduled.isEmpty() || (scheduled.size() < capacity
          && (weightCapacity.signum() == 0 || after.compareTo(weightCapacity) <= 0));
      full = full || !fits;
      String moveReason = reasons.get(entry.getOrderNumber());
      if (!full) {
        load = after;
        entry.decide(rank, DeliveryListEntry.SCHEDULED, moveReason);
        scheduled.add(entry.getOrderNumber());
        orderService.scheduled(entry.getOrderNumber(), deliveryDate, scheduled.size(), actor);
        if (moveReason != null) {
          history.record(OrderService.CASE_TYPE, entry.getOrderNumber(), actor, "MOVED", null,
              "From rank " + entry.getProposedRank() + " to " + rank + ": " + moveReason);
        }
      } else {
        entry.decide(rank, DeliveryListEntry.DEFERRED, moveReason);
        deferred.add(entry.getOrderNumber());
        orderService.deferred(entry.getOrderNumber(), deliveryDate, "beyond the day's capacity", actor);
      }
    }
    for (DeliveryListEntry entry : listEntries) {
      if (DeliveryListEntry.HELD_BACK.equals(entry.getOutcome())) {
        deferred.add(entry.getOrderNumber());
        orderService.deferred(entry.getOrderNumber(), deliveryDate, entry.getHeldBackReason(), actor);
      }
    }
    list.approve(capacity, weightCapacity, actor, clock.instant());
    LOG.info("Delivery list for {} approved by {}: {} scheduled, {} deferred", deliveryDate, actor, scheduled.size(),
        deferred.size());
    return new Decided(deliveryDate, scheduled, deferred);
  }

  /** What the approval of a list decided, as stored: scheduled orders in rank order, then the rest. */
  @Transactional(readOnly = true)
  public Decided decided(LocalDate deliveryDate) {
    var listEntries = entries.findByDeliveryDateOrderByProposedRankAsc(deliveryDate);
    var scheduled = listEntries.stream().filter(e -> DeliveryListEntry.SCHEDULED.equals(e.getOutcome()))
        .sorted(Comparator.comparing(DeliveryListEntry::getFinalRank)).map(DeliveryListEntry::getOrderNumber).toList();
    var deferred = listEntries.stream().filter(e -> !DeliveryListEntry.SCHEDULED.equals(e.getOutcome()))
        .map(DeliveryListEntry::getOrderNumber).toList();
    return new Decided(deliveryDate, scheduled, deferred);
  }

  @Transactional(readOnly = true)
  public ListView get(LocalDate deliveryDate) {
    return view(lists.findById(deliveryDate).orElseThrow(() -> new NotFoundException("No delivery list for " + Dates.show(deliveryDate))));
  }

  @Transactional(readOnly = true)
  public Optional<DeliveryList> find(LocalDate deliveryDate) {
    return lists.findById(deliveryDate);
  }

  private ListView view(DeliveryList list) {
    var listEntries = entries.findByDeliveryDateOrderByProposedRankAsc(list.getDeliveryDate());
    Map<String, DeliveryOrder> byNumber = orders.findAllById(listEntries.stream().map(DeliveryListEntry::getOrderNumber)
        .toList()).stream().collect(Collectors.toMap(DeliveryOrder::getOrderNumber, Function.identity()));
    Map<String, String> managers = new LinkedHashMap<>();
    Function<DeliveryListEntry, Line> line = entry -> {
      var order = byNumber.get(entry.getOrderNumber());
      String manager = managers.computeIfAbsent(order.getManagerId(), staff::displayName);
      int rank = entry.getFinalRank() != null ? entry.getFinalRank() : entry.getProposedRank();
      return new Line(rank, order.getOrderNumber(), order.getCustomerName(), order.getTeam().displayName(),
          entry.getPriorityClass(), entry.getPriorityScore(), entry.getPriorityReason(), order.getRequestedDate(),
          order.getZone(), order.getAddress(), order.getWeightKg(), manager, entry.isLate() || order.isLate(),
          order.getStatus().name(), entry.getMoveReason(), entry.getHeldBackReason());
    };
    Comparator<Line> byRank = Comparator.comparingInt(Line::rank);
    List<Line> scheduled;
    List<Line> deferred;
    if (list.isApproved()) {
      scheduled = listEntries.stream().filter(e -> DeliveryListEntry.SCHEDULED.equals(e.getOutcome())).map(line)
          .sorted(byRank).toList();
      deferred = listEntries.stream().filter(e -> DeliveryListEntry.DEFERRED.equals(e.getOutcome())).map(line)
          .sorted(byRank).toList();
    } else {
      scheduled = listEntries.stream().filter(e -> e.getOutcome() == null).map(line).sorted(byRank).toList();
      deferred = List.of();
    }
    List<Line> heldBack = listEntries.stream().filter(e -> DeliveryListEntry.HELD_BACK.equals(e.getOutcome()))
        .map(line).toList();
    return new ListView(list.getDeliveryDate(), list.getStatus(), list.getCapacityOrders(), list.getCapacityWeightKg(),
        list.getApprovedBy(), list.getApprovedAt(), scheduled, deferred, heldBack);
  }

}
