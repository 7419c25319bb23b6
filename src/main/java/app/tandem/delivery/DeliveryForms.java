package app.tandem.delivery;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.form.CaseCard;
import app.tandem.common.form.CaseColumns;
import app.tandem.common.form.FormView;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.process.CaseVariables;
import app.tandem.common.time.Dates;
import app.tandem.identity.Staff;
import app.tandem.party.CounterpartyDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the order's forms show, read from its table each time a form opens: a summary and its history.
 * Also the order's Tasklist columns (order, customer, team, priority, status, zone, delivery date and
 * rank), the only business values the engine keeps.
 */
@Component
public class DeliveryForms implements CaseColumns {

  private static final Set<String> COLUMNS = Set.of(
      CaseVariables.CASE_NUMBER.name(), CaseVariables.COUNTERPARTY_NAME.name(), TEAM_NAME.name(),
      PRIORITY.name(), STATUS.name(), ZONE.name(), DELIVERY_DATE.name(), DELIVERY_RANK.name());

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
  public Set<String> names() {
    return COLUMNS;
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
    columns.put(STATUS.name(), order.getStatus().label());
    columns.put(ZONE.name(), order.getZone());
    columns.put(DELIVERY_DATE.name(), order.getDeliveryDate() == null ? null : Dates.DATE.format(order.getDeliveryDate()));
    columns.put(DELIVERY_RANK.name(), order.getDeliveryRank());
    return columns;
  }

  /** Everything a task's form shows about the order (read-only). */
  @Transactional(readOnly = true)
  public FormView view(String orderNumber) {
    var order = orders.get(orderNumber);
    boolean hold = directory.isOnCreditHold(order.getCustomerInn());
    String holdReason = hold ? directory.find(order.getCustomerInn())
        .map(counterparty -> counterparty.getCreditHoldReason()).orElse(null) : null;
    var check = orders.powerOfAttorneyProblem(orderNumber);
    var card = CaseCard.create()
        .warning("Credit hold", hold ? "The customer is on credit hold" + (holdReason == null ? "" : ": " + holdReason) : null)
        .warning("Late", order.isLate() ? "Not delivered by the requested date" : null)
        .line("Customer", order.getCustomerName() + ", INN " + order.getCustomerInn())
        .line("Team", order.getTeam().displayName() + ", manager " + staff.displayName(order.getManagerId()))
        .line("Status", order.getStatus().label())
        .line("Value", order.valueMoney().display())
        .line("Requested date", Dates.DATE.format(order.getRequestedDate()))
        .line("Address", order.getAddress() + " (zone " + order.getZone() + ")")
        .line("Goods", order.getGoods() + ", " + order.getWeightKg().stripTrailingZeros().toPlainString() + " kg")
        .line("Receiver", order.getReceiverName())
        .line("Power of attorney", order.getPowerOfAttorneyNumber() == null ? "none"
            : "No. " + order.getPowerOfAttorneyNumber() + ", valid until " + Dates.DATE.format(order.getPowerOfAttorneyValidUntil()))
        .line("Priority", order.getPriorityScore() == null ? null : "class " + order.getPriorityClass() + ", score "
            + order.getPriorityScore() + " — " + order.getPriorityReason())
        .line("Contract", order.isFirstDelivery() || order.isLatePenalty()
            ? ((order.isFirstDelivery() ? "first delivery to a new client" : "")
            + (order.isFirstDelivery() && order.isLatePenalty() ? "; " : "")
            + (order.isLatePenalty() ? "penalty for late delivery" : "")) : null)
        .line("Delivery", order.getDeliveryDate() == null ? null
            : DeliverySchedule.title(order.getDeliveryDate()) + ", rank " + order.getDeliveryRank());
    return FormView.create()
        .card("Order " + order.getOrderNumber() + " — " + order.getCustomerName(), card)
        .put("caseNumber", order.getOrderNumber())
        .put("counterpartyName", order.getCustomerName())
        .put("onCreditHold", hold)
        .put("creditHoldReason", holdReason)
        .put("powerOfAttorneyProblem", check)
        .put("deliveryRank", order.getDeliveryRank())
        .put("deliveryDate", order.getDeliveryDate() == null ? null : DeliverySchedule.title(order.getDeliveryDate()))
        .rows("history", history.rows(orders.historyOf(orderNumber)));
  }
}
