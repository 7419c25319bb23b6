package app.tandem.delivery;

import static app.tandem.identity.TandemGroup.DELIVERY;
import static app.tandem.identity.TandemGroup.SALES_HEADS;
import static app.tandem.identity.TandemGroup.SALES_MANAGERS;

import app.tandem.common.process.CaseVariables;
import app.tandem.identity.ProcessRoles;
import app.tandem.identity.TasklistFilter;
import app.tandem.identity.TasklistFilter.Column;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who works on deliveries, and the Tasklist queues of their roles. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

  static final List<Column> ORDER_COLUMNS = List.of(
      new Column(CaseVariables.CASE_NUMBER.name(), "Order"),
      new Column(CaseVariables.COUNTERPARTY_NAME.name(), "Customer"),
      new Column(DeliveryPrioritisationProcess.TEAM_NAME.name(), "Team"),
      new Column(DeliveryPrioritisationProcess.PRIORITY.name(), "Priority"),
      new Column(DeliveryPrioritisationProcess.STATUS.name(), "Status"));

  static final List<Column> DELIVERY_COLUMNS = List.of(
      new Column(DeliveryPrioritisationProcess.DELIVERY_RANK.name(), "Rank"),
      new Column(CaseVariables.CASE_NUMBER.name(), "Order"),
      new Column(CaseVariables.COUNTERPARTY_NAME.name(), "Customer"),
      new Column(DeliveryPrioritisationProcess.ZONE.name(), "Zone"),
      new Column(DeliveryPrioritisationProcess.DELIVERY_DATE.name(), "Delivery date"),
      new Column(DeliveryPrioritisationProcess.PRIORITY.name(), "Priority"));

  /** Managers of both teams place orders (Tasklist start form or the API); the head and delivery work on them. */
  @Bean
  ProcessRoles deliveryPrioritisationRoles() {
    return new ProcessRoles(DeliveryPrioritisationProcess.KEY, Set.of(SALES_MANAGERS),
        Set.of(SALES_MANAGERS, SALES_HEADS, DELIVERY));
  }

  @Bean
  ProcessRoles deliveryListRoles() {
    return new ProcessRoles(DeliveryListProcess.KEY, Set.of(), Set.of(SALES_HEADS));
  }

  @Bean
  TasklistFilter todaysDeliveriesFilter() {
    return new TasklistFilter("todays-deliveries", "Today's deliveries",
        "Orders to deliver today (and any left over), in the order of the approved list", 30,
        tasks -> tasks.createTaskQuery().processDefinitionKey(DeliveryPrioritisationProcess.KEY)
            .taskDefinitionKey(DeliveryPrioritisationProcess.DELIVER).taskCandidateGroup(DELIVERY.id())
            .includeAssignedTasks().followUpBeforeOrNotExistentExpression("${now()}")
            .orderByDueDate().asc()
            .orderByProcessVariable(DeliveryPrioritisationProcess.DELIVERY_RANK.name(), ValueType.INTEGER).asc(),
        DELIVERY_COLUMNS, Set.of(DELIVERY));
  }

  @Bean
  TasklistFilter deliveryListToApproveFilter() {
    return new TasklistFilter("delivery-list-to-approve", "Delivery list to approve",
        "The next working day's ranked delivery list", 31,
        tasks -> tasks.createTaskQuery().processDefinitionKey(DeliveryListProcess.KEY)
            .taskDefinitionKey(DeliveryListProcess.APPROVE).taskCandidateGroup(SALES_HEADS.id())
            .includeAssignedTasks().orderByDueDate().asc(),
        List.of(), Set.of(SALES_HEADS));
  }

  @Bean
  TasklistFilter ordersOnHoldFilter() {
    return new TasklistFilter("orders-on-hold", "Orders on hold",
        "Orders of customers on credit hold: release, keep waiting or cancel; highest priority first", 32,
        tasks -> tasks.createTaskQuery().processDefinitionKey(DeliveryPrioritisationProcess.KEY)
            .taskDefinitionKey(DeliveryPrioritisationProcess.RELEASE).taskCandidateGroup(SALES_HEADS.id())
            .includeAssignedTasks().orderByTaskPriority().desc().orderByDueDate().asc(),
        ORDER_COLUMNS, Set.of(SALES_HEADS));
  }

  @Bean
  TasklistFilter myOrdersFilter() {
    return new TasklistFilter("my-orders", "My orders",
        "Your orders that need you, e.g. a power of attorney to obtain; highest priority first", 33,
        tasks -> tasks.createTaskQuery().processDefinitionKey(DeliveryPrioritisationProcess.KEY)
            .taskAssigneeExpression("${currentUser()}").orderByTaskPriority().desc().orderByDueDate().asc(),
        ORDER_COLUMNS, Set.of(SALES_MANAGERS));
  }

}
