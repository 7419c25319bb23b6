package app.tandem.demo;

import app.tandem.common.form.FileUpload;
import app.tandem.common.form.TaskForms;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** How the demo data acts: as the person who would, through the same form submissions, then as the job executor. */
final class DemoStaff {

  private final ProcessEngine engine;
  private final TaskForms forms;

  DemoStaff(ProcessEngine engine, TaskForms forms) {
    this.engine = engine;
    this.forms = forms;
  }

  /** Completes the instance's open task as the person would in Tasklist, then runs what follows. */
  void submit(ProcessInstance instance, String actor, Map<String, ?> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).active().list().stream()
        .findFirst().orElseThrow(() -> new IllegalStateException("Demo data: " + instance.getBusinessKey()
            + " has no open task for " + actor));
    forms.submitAs(actor, task.getId(), values);
    advance(instance, Set.of());
  }

  /**
   * Runs the instance's pending jobs (async steps, notifications) as the job executor would, and the
   * named timers as if their time had come, until it waits for a person or for a timer not named.
   */
  void advance(ProcessInstance instance, Set<String> timersDue) {
    var management = engine.getManagementService();
    for (int step = 0; step < 50; step++) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0) {
        return;
      }
      var due = management.createJobQuery().processInstanceId(instance.getId()).messages().list().stream().findFirst();
      if (due.isEmpty()) {
        boolean waitsForPerson = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count() > 0;
        due = waitsForPerson ? due : timersDue.stream()
            .flatMap(timer -> management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).timers()
                .list().stream())
            .findFirst();
      }
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get().getId());
    }
    throw new IllegalStateException("Demo data: " + instance.getBusinessKey() + " did not come to rest");
  }

  static FileUpload pdf(String fileName, String... lines) {
    return new FileUpload(fileName, DemoPdf.of(lines));
  }
}
