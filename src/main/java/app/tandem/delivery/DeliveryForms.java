package app.tandem.delivery;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.form.CaseColumns;
import app.tandem.common.form.FormView;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.process.CaseVariables;
import app.tandem.identity.Staff;
import app.tandem.party.CounterpartyDirectory;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the order's forms show, read from its table each time a form opens: a summary and its history.
 * Also the order's Tasklist columns (order, customer, team, priority, status, zone, delivery date and
 * rank), the only business values the engine keeps.
 */
@Component
public class DeliveryForms implements CaseColumns {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final OrderService orders;
  private final CounterpartyDirectory directory;
  private final CaseHistory history;
  private final Staff staff;

  DeliveryForms(OrderService orders, CounterpartyDirectory directory, CaseHistory history, Staff staff) {
    this.orders = orders;
    this.directory = directory;
    this.history = history;
    this.staff = staff;
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(String orderNumber) {
    var order = orders.get(orderNumber);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put(CaseVariables.CASE_NUMBER.name(), order.getOrderNumber());
    columns.put(CaseVariables.COUNTERPARTY_NAME.name(), order.getCustomerName());
    columns.put(TEAM_NAME.name(), order.getTeam().displayName());
    columns.put(PRIORITY.name(), order.getPriorityScore() == null ? null
        : order.getPriorityClass() + " (" + order.getPriorityScore() + ")");
    columns.put(STATUS.name(), order.getStatus().name());
    columns.put(ZONE.name(), order.getZone());
    columns.put(DELIVERY_DATE.name(), order.getDeliveryDate() == null ? null : DATE.format(order.getDeliveryDate()));
    columns.put(DELIVERY_RANK.name(), order.getDeliveryRank());
    return columns;
  }

  /** Everything a task's form shows about the order (read-only). */
  @Transactional(readOnly = true)
  public FormView view(String orderNumber) {
    var order = orders.get(orderNumber);
    boolean hold = directory.isOnCreditHold(order.getCustomerInn());
    var summary = new StringBuilder()
        .append("Customer: ").append(order.getCustomerName()).append(" (INN ").append(order.getCustomerInn()).append(")")
        .append(hold ? " — ON CREDIT HOLD" : "").append('\n')
        .append("Team: ").append(order.getTeam().displayName()).append(", manager ")
        .append(staff.displayName(order.getManagerId())).append('\n')
        .append("Value: ").append(order.valueMoney().display()).append('\n')
        .append("Requested date: ").append(DATE.format(order.getRequestedDate())).append('\n')
        .append("Address: ").append(order.getAddress()).append(" (zone ").append(order.getZone()).append(")\n")
        .append("Goods: ").append(order.getGoods()).append(", ").append(order.getWeightKg().toPlainString()).append(" kg\n")
        .append("Receiver: ").append(order.getReceiverName() == null ? "—" : order.getReceiverName())
        .append(", power of attorney ").append(order.getPowerOfAttorneyNumber() == null ? "none"
            : order.getPowerOfAttorneyNumber() + " valid until " + DATE.format(order.getPowerOfAttorneyValidUntil()))
        .append('\n')
        .append("Priority: class ").append(order.getPriorityClass()).append(", score ").append(order.getPriorityScore())
        .append(" — ").append(order.getPriorityReason()).append('\n');
    if (order.isFirstDelivery() || order.isLatePenalty()) {
      summary.append(order.isFirstDelivery() ? "First delivery to a new client. " : "")
          .append(order.isLatePenalty() ? "The contract has a penalty for lateness." : "").append('\n');
    }
    if (order.getDeliveryDate() != null) {
      summary.append("Delivery: ").append(DeliverySchedule.title(order.getDeliveryDate())).append(", rank ")
          .append(order.getDeliveryRank()).append('\n');
    }
    if (order.isLate()) {
      summary.append("LATE: not delivered by the requested date\n");
    }
    var check = orders.powerOfAttorneyProblem(orderNumber);
    return FormView.create()
        .put("caseNumber", order.getOrderNumber())
        .put("counterpartyName", order.getCustomerName())
        .put("onCreditHold", hold)
        .put("creditHoldReason", hold ? directory.find(order.getCustomerInn())
            .map(counterparty -> counterparty.getCreditHoldReason()).orElse(null) : null)
        .put("powerOfAttorneyProblem", check)
        .put("deliveryRank", order.getDeliveryRank())
        .put("deliveryDate", order.getDeliveryDate() == null ? null : DeliverySchedule.title(order.getDeliveryDate()))
        .put("orderSummary", summary.toString().strip().lines().map(line -> "- " + line)
            .collect(java.util.stream.Collectors.joining("\n")))
        .rows("history", history.rows(orders.historyOf(orderNumber)));
  }
}
