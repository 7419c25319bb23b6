package app.tandem.debt;

import static app.tandem.identity.TandemGroup.FINANCE;
import static app.tandem.identity.TandemGroup.LEGAL;
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

/** Who works on overdue debts, and the Tasklist queues of their roles. */
@Configuration(proxyBeanMethods = false)
class DebtConfiguration {

  static final List<Column> DEBT_COLUMNS = List.of(
      new Column(CaseVariables.CASE_NUMBER.name(), "Invoice"),
      new Column(CaseVariables.COUNTERPARTY_NAME.name(), "Customer"),
      new Column(CaseVariables.AMOUNT_DISPLAY.name(), "Outstanding"),
      new Column(OverdueDebtEscalationProcess.DAYS_OVERDUE_COLUMN.name(), "Days overdue"),
      new Column(OverdueDebtEscalationProcess.STATUS_COLUMN.name(), "Status"));

  /** Escalations are started by the daily scan only; the roles work on their tasks. */
  @Bean
  ProcessRoles overdueDebtEscalationRoles() {
    return new ProcessRoles(OverdueDebtEscalationProcess.KEY, Set.of(),
        Set.of(SALES_MANAGERS, SALES_HEADS, FINANCE, LEGAL));
  }

  @Bean
  ProcessRoles hardCasesReviewRoles() {
    return new ProcessRoles(HardCasesReviewProcess.KEY, Set.of(), Set.of(SALES_HEADS));
  }

  @Bean
  TasklistFilter myOverdueCustomersFilter() {
    return new TasklistFilter("my-overdue-customers", "My overdue customers",
        "Your customers' overdue invoices: contact them, agree schedules", 20,
        tasks -> tasks.createTaskQuery().processDefinitionKey(OverdueDebtEscalationProcess.KEY)
            .or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}").endOr()
            .orderByDueDate().asc(),
        DEBT_COLUMNS, Set.of(SALES_MANAGERS));
  }

  @Bean
  TasklistFilter escalatedDebtsFilter() {
    return new TasklistFilter("escalated-debts", "Escalated debts",
        "Overdue debts waiting for your decision, most urgent first", 21,
        tasks -> tasks.createTaskQuery().processDefinitionKey(OverdueDebtEscalationProcess.KEY)
            .taskDefinitionKey(OverdueDebtEscalationProcess.DECIDE).taskCandidateGroup(SALES_HEADS.id())
            .includeAssignedTasks().orderByDueDate().asc(),
        DEBT_COLUMNS, Set.of(SALES_HEADS));
  }

  @Bean
  TasklistFilter hardCasesFilter() {
    return new TasklistFilter("hard-cases", "Hard cases", "The month-end review of escalated, legal and restructured debts",
        22, tasks -> tasks.createTaskQuery().processDefinitionKey(HardCasesReviewProcess.KEY)
            .taskDefinitionKey(HardCasesReviewProcess.REVIEW).taskCandidateGroup(SALES_HEADS.id())
            .includeAssignedTasks().orderByDueDate().asc(),
        List.of(), Set.of(SALES_HEADS));
  }

  @Bean
  TasklistFilter claimsAndLawsuitsFilter() {
    return new TasklistFilter("claims-and-lawsuits", "Claims and lawsuits",
        "Pre-trial claims to send, lawsuits to decide and litigation to close", 23,
        tasks -> tasks.createTaskQuery().processDefinitionKey(OverdueDebtEscalationProcess.KEY)
            .taskCandidateGroup(LEGAL.id()).includeAssignedTasks().orderByDueDate().asc(),
        DEBT_COLUMNS, Set.of(LEGAL));
  }

  @Bean
  TasklistFilter restructuringAndWriteOffsFilter() {
    return new TasklistFilter("restructuring-and-write-offs", "Restructuring and write-offs",
        "Payment schedules to agree and write-offs to approve", 24,
        tasks -> tasks.createTaskQuery().processDefinitionKey(OverdueDebtEscalationProcess.KEY)
            .taskDefinitionKeyIn(OverdueDebtEscalationProcess.AGREE_SCHEDULE, OverdueDebtEscalationProcess.APPROVE_WRITE_OFF)
            .taskCandidateGroup(FINANCE.id()).includeAssignedTasks().orderByDueDate().asc(),
        DEBT_COLUMNS, Set.of(FINANCE));
  }
}
