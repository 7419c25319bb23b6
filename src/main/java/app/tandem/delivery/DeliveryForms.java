package app.tandem.delivery;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;

import app.tandem.common.history.CaseHistory;
import app.tandem.common.process.CaseVariables;
import app.tandem.identity.Staff;
import app.tandem.party.CounterpartyDirectory;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the order's forms show: Tasklist columns (order, customer, value, class, score, rank) and a
 * read-only summary with its history. Display copies only; the order lives in its table.
 */
@Component
public class DeliveryForms {

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

  /** The columns and gateway-independent display values, set when the order is registered or changes. */
  @Transactional(readOnly = true)
  public void columns(DeliveryOrder order, VariableScope scope) {
    CaseVariables.CASE_NUMBER.set(scope, order.getOrderNumber());
    CaseVariables.COUNTERPARTY_NAME.set(scope, order.getCustomerName());
    CaseVariables.AMOUNT_DISPLAY.set(scope, order.valueMoney().display());
    TEAM_NAME.set(scope, order.getTeam().displayName());
    ZONE.set(scope, order.getZone());
    STATUS.set(scope, order.getStatus().name());
    if (order.getPriorityScore() != null) {
      PRIORITY_SCORE.set(scope, order.getPriorityScore());
    }
  }

  /** Everything a task's form shows about the order. */
  @Transactional(readOnly = true)
  public void show(String orderNumber, VariableScope scope) {
    var order = orders.get(orderNumber);
    columns(order, scope);
    boolean hold = directory.isOnCreditHold(order.getCustomerInn());
    ON_CREDIT_HOLD.set(scope, hold);
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
    ORDER_SUMMARY.set(scope, summary.toString().strip());
    HISTORY.set(scope, history.text(orders.historyOf(orderNumber)));
  }
}
