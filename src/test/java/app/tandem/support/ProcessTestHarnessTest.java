package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process-test harness on a small process: jobs are executed explicitly (no job executor),
 * camunda-bpm-assert works on the Spring engine, and coverage is measured per process.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessTestHarnessTest {

  static final String KEY = "harness-check";

  @RegisterExtension
  static final ProcessFixture fixture = ProcessFixture.covering(KEY);

  @Autowired
  ProcessEngine engine;

  @BeforeAll
  void deployHarnessProcess() {
    var model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent("Event_Started")
        .exclusiveGateway("Gateway_Urgent")
          .condition("yes", "${urgent}")
          .userTask("Task_HandleNow").camundaDueDate("${workingDays.from(now(), 2)}")
          .endEvent("Event_Handled")
        .moveToLastGateway()
          .condition("no", "${!urgent}")
          .intermediateCatchEvent("Timer_Wait").timerWithDuration("P1D")
          .endEvent("Event_Waited")
        .done();
    engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
  }

  @Test
  void urgentCaseWaitsForAHumanDueInTwoWorkingDays() {
    // Friday 27 November 2026, 10:00 in Moscow
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T07:00:00Z")));
    var instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "H-1", java.util.Map.of("urgent", true));
    ClockUtil.reset();

    assertThat(instance).isWaitingAt("Task_HandleNow");
    assertThat(task(instance).getDueDate().toInstant()).as("Tuesday 1 December, 10:00 in Moscow")
        .isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("Event_Handled");
  }

  @Test
  void routineCaseWaitsForItsTimerWhichRunsOnlyWhenExecuted() {
    var instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "H-2", java.util.Map.of("urgent", false));

    assertThat(instance).isWaitingAt("Timer_Wait");
    assertThat(job(instance)).isNotNull();
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor().isActive()).isFalse();
    execute(job(instance));
    assertThat(instance).isEnded().hasPassed("Event_Waited");
  }


  @Test
  void coverageCountsOnlyTheInstancesStartedSinceTheClassStarted() {
    var earlier = engine.getRuntimeService().startProcessInstanceByKey(KEY, "H-3", java.util.Map.of("urgent", false));
    execute(job(earlier));
    var coverage = new ProcessCoverage(KEY);
    coverage.start(engine);
    assertThat(coverage.missingFlowNodes(engine, KEY)).as("an earlier class's instance counts for nobody else")
        .contains("Timer_Wait", "Event_Waited", "Task_HandleNow");

    var own = engine.getRuntimeService().startProcessInstanceByKey(KEY, "H-4", java.util.Map.of("urgent", true));
    complete(task(own));
    assertThat(coverage.missingFlowNodes(engine, KEY)).containsExactlyInAnyOrder("Timer_Wait", "Event_Waited");
    assertThatThrownBy(() -> coverage.assertReached(engine, "ProcessCoverageCheck"))
        .hasMessageContaining("harness-check: 4 of 6 flow nodes").hasMessageContaining("Timer_Wait");
    coverage.atLeast(0.6);
    coverage.assertReached(engine, "ProcessCoverageCheck");
  }
}
