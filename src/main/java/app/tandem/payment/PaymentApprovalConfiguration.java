package app.tandem.payment;

import static app.tandem.identity.TandemGroup.ACCOUNTING;
import static app.tandem.identity.TandemGroup.FINANCE;
import static app.tandem.identity.TandemGroup.SALES_HEADS;
import static app.tandem.identity.TandemGroup.SALES_MANAGERS;

import app.tandem.common.process.CaseVariables;
import app.tandem.identity.ProcessRoles;
import app.tandem.identity.TasklistFilter;
import app.tandem.identity.TasklistFilter.Column;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who starts and works on payment approval, and the Tasklist queues of its roles. */
@Configuration(proxyBeanMethods = false)
class PaymentApprovalConfiguration {

  static final List<Column> PAYMENT_COLUMNS = List.of(
      new Column(CaseVariables.CASE_NUMBER.name(), "Request"),
      new Column(CaseVariables.COUNTERPARTY_NAME.name(), "Contractor"),
      new Column(CaseVariables.AMOUNT_DISPLAY.name(), "Amount"),
      new Column(PaymentApprovalProcess.PAY_BY_COLUMN.name(), "Pay by"),
      new Column(PaymentApprovalProcess.STATUS_COLUMN.name(), "Status"));

  @Bean
  ProcessRoles paymentApprovalRoles() {
    return new ProcessRoles(PaymentApprovalProcess.KEY, Set.of(SALES_MANAGERS),
        Set.of(SALES_MANAGERS, SALES_HEADS, FINANCE, ACCOUNTING));
  }

  @Bean
  TasklistFilter paymentsToPayTodayFilter() {
    return new TasklistFilter("payments-to-pay-today", "To pay today", "Approved payments due today or earlier", 12,
        tasks -> tasks.createTaskQuery().processDefinitionKey(PaymentApprovalProcess.KEY)
            .taskDefinitionKey(PaymentApprovalProcess.PAY).taskCandidateGroup("accounting").includeAssignedTasks()
            .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}")
            .orderByDueDate().asc(),
        PAYMENT_COLUMNS, Set.of(ACCOUNTING));
  }

  @Bean
  TasklistFilter paymentsToPayThisWeekFilter() {
    return new TasklistFilter("payments-to-pay-this-week", "To pay this week", "Approved payments due within 7 days",
        13, tasks -> tasks.createTaskQuery().processDefinitionKey(PaymentApprovalProcess.KEY)
            .taskDefinitionKey(PaymentApprovalProcess.PAY).taskCandidateGroup("accounting").includeAssignedTasks()
            .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(8).toDate()}")
            .orderByDueDate().asc(),
        PAYMENT_COLUMNS, Set.of(ACCOUNTING));
  }

  @Bean
  TasklistFilter overduePaymentsFilter() {
    return new TasklistFilter("payments-overdue", "Overdue payments", "Approved payments past their pay-by date", 14,
        tasks -> tasks.createTaskQuery().processDefinitionKey(PaymentApprovalProcess.KEY)
            .taskDefinitionKey(PaymentApprovalProcess.PAY).taskCandidateGroup("accounting").includeAssignedTasks()
            .dueBeforeExpression("${now()}")
            .orderByDueDate().asc(),
        PAYMENT_COLUMNS, Set.of(ACCOUNTING));
  }

  @Bean
  TasklistFilter paymentRequestsToApproveFilter() {
    return new TasklistFilter("payment-requests-to-approve", "Payment requests to approve",
        "Payment requests waiting for your decision, most urgent first", 11,
        tasks -> tasks.createTaskQuery().processDefinitionKey(PaymentApprovalProcess.KEY)
            .taskDefinitionKey(PaymentApprovalProcess.APPROVE).taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc(),
        PAYMENT_COLUMNS, Set.of(SALES_HEADS, FINANCE));
  }

  @Bean
  TasklistFilter myPaymentRequestsFilter() {
    return new TasklistFilter("my-payment-requests", "My payment requests",
        "Your payment requests waiting for you to complete or correct them", 10,
        tasks -> tasks.createTaskQuery().processDefinitionKey(PaymentApprovalProcess.KEY)
            .taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
        PAYMENT_COLUMNS, Set.of(SALES_MANAGERS));
  }
}
