package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process-test harness on a small process: jobs are executed explicitly (no job executor),
 * camunda-bpm-assert works on the Spring engine, and coverage is measured per process.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessTestHarnessTest {

  static final String KEY = "harness-check";

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

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
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

  @AfterAll
  void everyFlowNodeIsCovered() {
    assertThat(ProcessCoverage.missingFlowNodes(engine, KEY)).isEmpty();
  }
}
