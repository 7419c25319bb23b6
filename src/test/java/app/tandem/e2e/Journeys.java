package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;

/** What browser journeys have in common beyond the browser: checking that they did what they cover. */
final class Journeys {

  private Journeys() {
  }

  /**
   * Every form the journey method says it {@link Covers} was completed (tasks) or submitted (starts) since
   * {@code since}, by a person — Tandem's own code completes nothing in a journey.
   */
  static void assertCovered(Class<?> journey, String method, Date since, HistoryService history,
      RepositoryService repository) {
    Method test;
    try {
      test = journey.getDeclaredMethod(method);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    Set<String> done = new TreeSet<>();
    history.createHistoricTaskInstanceQuery().finished().list().stream()
        .filter(task -> task.getEndTime() != null && !task.getEndTime().before(since) && task.getAssignee() != null)
        .forEach(task -> done.add(repository.getProcessDefinition(task.getProcessDefinitionId()).getKey() + "/"
            + task.getTaskDefinitionKey()));
    history.createHistoricProcessInstanceQuery().startedAfter(since).list().stream()
        .filter(instance -> instance.getStartUserId() != null)
        .forEach(instance -> done.add(instance.getProcessDefinitionKey()));
    assertThat(done).as("forms completed in the browser").containsAll(Set.of(test.getAnnotation(Covers.class).value()));
  }
}
