package app.tandem.identity;

import app.tandem.common.process.CaseVariables;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filters every role has: its own tasks and its group's queue. */
@Configuration(proxyBeanMethods = false)
class CommonTasklistFilters {

  /** The columns every task list shows: which case, with whom, how much. */
  static final List<TasklistFilter.Column> CASE_COLUMNS = List.of(
      new TasklistFilter.Column(CaseVariables.CASE_NUMBER.name(), "Case"),
      new TasklistFilter.Column(CaseVariables.COUNTERPARTY_NAME.name(), "Counterparty"),
      new TasklistFilter.Column(CaseVariables.AMOUNT_DISPLAY.name(), "Amount"));

  private static final Set<TandemGroup> EVERY_ROLE = Arrays.stream(TandemGroup.values())
      .filter(TandemGroup::isBusinessRole).collect(Collectors.toUnmodifiableSet());

  @Bean
  TasklistFilter myTasksFilter() {
    return new TasklistFilter("my-tasks", "My tasks", "Tasks assigned to me, most urgent first", -10,
        tasks -> tasks.createTaskQuery()
            .taskAssigneeExpression("${currentUser()}")
            .orderByTaskPriority().desc()
            .orderByDueDate().asc(),
        CASE_COLUMNS, EVERY_ROLE);
  }

  @Bean
  TasklistFilter myGroupTasksFilter() {
    return new TasklistFilter("my-group-tasks", "My group's tasks",
        "Unclaimed tasks for my groups: claim one to work on it", -5,
        tasks -> tasks.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned()
            .orderByTaskPriority().desc()
            .orderByDueDate().asc(),
        CASE_COLUMNS, EVERY_ROLE);
  }
}
