package app.tandem.admin;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.engine.ServerSide;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseEvent;
import app.tandem.common.history.CaseHistory;
import app.tandem.debt.HardCasesReviewProcess;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliverySchedule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The processes a timer starts (the morning scan, the daily delivery list, the weekly ageing report, the
 * month-end review): when each runs next, and — for administrators, since Cockpit CE cannot — running one
 * now, exactly as its timer would start it. Every run now is kept in the history of that process
 * ({@value #CASE_TYPE}) with who asked for it and what came of it.
 */
@Service
public class TimerProcesses {

  private static final Logger LOG = LoggerFactory.getLogger(TimerProcesses.class);
  static final String CASE_TYPE = "TIMER";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

  public record TimerProcess(String key, String name, String schedule, Instant nextRun, Instant lastStarted,
      List<Run> runsNow) {
  }

  public record Run(Instant at, String by, String outcome) {
  }

  public record Started(String key, String processInstanceId, String businessKey) {
  }

  private final ProcessEngine engine;
  private final CaseHistory history;
  private final DeliverySchedule deliverySchedule;
  private final WorkingDayCalendar calendar;

  /**
   * What a run now would open, for the processes whose case is a day or a month: a second run while
   * that case is still open would open it twice. The business key, and how people call it.
   */
  private record OpenCase(String businessKey, String title) {
  }

  private final Map<String, Supplier<OpenCase>> openCase;

  TimerProcesses(ProcessEngine engine, CaseHistory history, DeliverySchedule deliverySchedule,
      WorkingDayCalendar calendar) {
    this.engine = engine;
    this.history = history;
    this.deliverySchedule = deliverySchedule;
    this.calendar = calendar;
    this.openCase = Map.of(
        DeliveryListProcess.KEY, () -> {
          var date = this.deliverySchedule.listDeliveryDate();
          return new OpenCase(DeliveryListProcess.BUSINESS_KEY_PREFIX + date, "for " + DeliverySchedule.title(date));
        },
        HardCasesReviewProcess.KEY, () -> {
          var month = this.calendar.today().format(MONTH);
          return new OpenCase(month, "of " + month);
        });
  }

  public List<TimerProcess> list() {
    return timerStarted().stream().map(this::describe).sorted(Comparator.comparing(TimerProcess::name)).toList();
  }

  /** Starts the process now as its timer would; {@code 409} when the case it would open is still open. */
  public Started runNow(String key, String actor) {
    var definition = timerStarted().stream().filter(candidate -> candidate.getKey().equals(key)).findFirst()
        .orElseThrow(() -> new NotFoundException("No process started by a timer has the key " + key));
    var runtime = engine.getRuntimeService();
    var busy = Optional.ofNullable(openCase.get(key)).map(Supplier::get)
        .filter(open -> runtime.createProcessInstanceQuery().processDefinitionKey(key)
            .processInstanceBusinessKey(open.businessKey()).active().count() > 0);
    if (busy.isPresent()) {
      String why = definition.getName() + " " + busy.get().title() + " is still open: complete it first";
      history.record(CASE_TYPE, key, actor, "RUN_NOW_REFUSED", null, why);
      throw new ConflictException(why);
    }
    var instance = ServerSide.call(() -> runtime.startProcessInstanceById(definition.getId()));
    var started = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
    String businessKey = started == null ? instance.getBusinessKey() : started.getBusinessKey();
    var waiting = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    String outcome = started == null ? "Ran to the end"
        : waiting.isEmpty() ? "Started; it goes on in the background"
        : "Started; waiting for “" + waiting.get(0).getName() + "”";
    history.record(CASE_TYPE, key, actor, "RUN_NOW", null, outcome);
    LOG.info("Timer process {} run now by {}: {}", key, actor, outcome);
    return new Started(key, instance.getId(), businessKey);
  }

  private TimerProcess describe(ProcessDefinition definition) {
    var job = engine.getManagementService().createJobQuery().processDefinitionId(definition.getId()).timers()
        .orderByJobDuedate().asc().list().stream().filter(candidate -> candidate.getProcessInstanceId() == null)
        .findFirst();
    var last = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(definition.getKey())
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
    List<Run> runs = history.of(CASE_TYPE, definition.getKey()).stream()
        .sorted(Comparator.comparing(CaseEvent::getOccurredAt).reversed()).limit(10)
        .map(event -> new Run(event.getOccurredAt(), event.getActor(), event.getComment())).toList();
    var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    String schedule = model.getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getParentElement() instanceof Process && hasTimer(start))
        .map(StartEvent::getName).filter(java.util.Objects::nonNull).findFirst().orElse("");
    return new TimerProcess(definition.getKey(), definition.getName(), schedule,
        job.map(candidate -> candidate.getDuedate().toInstant()).orElse(null),
        last.map(instance -> instance.getStartTime().toInstant()).orElse(null), runs);
  }

  /** The newest version of every process that a timer start event starts. */
  private List<ProcessDefinition> timerStarted() {
    return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().active().list().stream()
        .filter(definition -> engine.getRepositoryService().getBpmnModelInstance(definition.getId())
            .getModelElementsByType(StartEvent.class).stream()
            .anyMatch(start -> start.getParentElement() instanceof Process && hasTimer(start)))
        .toList();
  }

  private static boolean hasTimer(StartEvent start) {
    return start.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
  }
}
