package app.tandem.common.form;

import app.tandem.common.engine.EngineCallers;
import app.tandem.common.engine.EngineGateway;
import app.tandem.common.engine.ServerSide;
import app.tandem.common.engine.TandemProcessEngineConfiguration;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.ForbiddenException;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one gateway between the engine's public surface and Tandem's cases ({@link EngineGateway}),
 * for every process: forms read their data from the case's tables; a submission, whichever endpoint
 * it came through, is accepted only from someone who may work on the task and only with the fields
 * the task declares ({@link UserTaskForm}); the case it works on is the process instance's business
 * key and the actor is the authenticated user; the fields go to the case's service and the task is
 * completed with what the next gateway needs, in one transaction. Starts likewise take only the start
 * form's fields and run in the caller's name. A refusal names the field (400), the role (403) or the
 * missing thing (404).
 *
 * <p>Size: Long by design: it is the single gate every task and start submission passes, whatever the endpoint; split, a path around it would be easy to add.
 */
@Service
public class TaskForms implements EngineGateway, SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(TaskForms.class);

  private record Key(String processKey, String taskId) {
  }

  private final Map<Key, TaskFormHandler> handlers;
  private final Map<String, StartFormHandler> starts;
  private final Map<String, CaseColumns> columns;
  private final FormReader reader;
  private final ProcessEngineConfigurationImpl engine;
  private final TaskService tasks;
  private final IdentityService identity;
  private final TransactionTemplate transaction;

  TaskForms(ObjectProvider<TaskFormHandler> handlers, ObjectProvider<StartFormHandler> starts,
      ObjectProvider<CaseColumns> columns, FormReader reader, ProcessEngineConfigurationImpl engine,
      TaskService tasks, IdentityService identity, PlatformTransactionManager transactions,
      app.tandem.common.calendar.WorkingDayCalendar calendar) {
    this.handlers = handlers.orderedStream().collect(Collectors.toUnmodifiableMap(
        handler -> new Key(handler.form().processKey(), handler.form().taskId()), Function.identity()));
    this.starts = starts.orderedStream().collect(Collectors.toUnmodifiableMap(
        handler -> handler.form().processKey(), Function.identity()));
    this.columns = columns.orderedStream().collect(Collectors.toUnmodifiableMap(CaseColumns::processKey,
        Function.identity()));
    this.reader = reader;
    this.engine = engine;
    this.tasks = tasks;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
    this.calendar = calendar;
  }

  /** Every form is told the business day, so that it can refuse a date in the past as the server would. */
  public static final String BUSINESS_TODAY = "businessToday";

  private final app.tandem.common.calendar.WorkingDayCalendar calendar;

  @Override
  public void afterSingletonsInstantiated() {
    if (engine instanceof TandemProcessEngineConfiguration tandem) {
      tandem.connect(this);
    }
  }

  /** Every declared user task form, for checks that no task is forgotten. */
  public Collection<UserTaskForm> taskForms() {
    return handlers.values().stream().map(TaskFormHandler::form).toList();
  }

  public Collection<StartForm> startForms() {
    return starts.values().stream().map(StartFormHandler::form).toList();
  }

  public Optional<TaskFormHandler> handler(String processKey, String taskId) {
    return Optional.ofNullable(handlers.get(new Key(processKey, taskId)));
  }

  // ---- reading a form ----

  @Override
  public Optional<VariableMap> taskFormVariables(String taskId, Collection<String> names) {
    var task = load(taskId);
    if (task.processKey() == null) {
      return Optional.empty();
    }
    var caller = authentication();
    if (!mayRead(caller, task)) {
      throw new ForbiddenException("You may not open this task");
    }
    if (handlers.get(new Key(task.processKey(), task.taskKey())) == null && isTandemOrAdministrator(caller)) {
      return Optional.empty();
    }
    var handler = handlerOf(task);
    return Optional.of(transaction.execute(status -> shown(handler, task)).put(BUSINESS_TODAY, calendar.today())
        .values(names));
  }

  @Override
  public Optional<VariableMap> startFormVariables(String processDefinitionId, Collection<String> names) {
    String processKey = processKeyOf(processDefinitionId);
    var handler = starts.get(processKey);
    return handler == null ? Optional.empty()
        : Optional.of(handler.view().put(BUSINESS_TODAY, calendar.today()).values(names));
  }

  /** The handler's view, with every editable field present (empty when it has no value yet; files aside). */
  private static FormView shown(TaskFormHandler handler, CaseTask task) {
    FormView view = handler.view(task);
    for (FormField<?> field : handler.form().fields()) {
      if (!view.has(field.name()) && field.kind() != FormField.Kind.FILE) {
        view.put(field.name(), null);
      }
    }
    return view;
  }

  // ---- submitting a form ----

  @Override
  public boolean submitTaskForm(String taskId, Map<String, ?> values) {
    var task = load(taskId);
    if (task.processKey() == null) {
      return false; // a standalone task: no case behind it
    }
    if (handlers.get(new Key(task.processKey(), task.taskKey())) == null && isTandemOrAdministrator(authentication())) {
      return false; // a task without a declared form: only Tandem itself or an administrator completes it
    }
    submit(task, values);
    return true;
  }

  /** Submits a task's form in the name of {@code actor}, for Tandem's own code (imports, tests). */
  public void submitAs(String actor, String taskId, Map<String, ?> values) {
    var caller = identity.getCurrentAuthentication();
    identity.setAuthentication(actor, groupsOf(actor));
    try {
      submitTaskForm(taskId, values);
    } finally {
      if (caller == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(caller);
      }
    }
  }

  private void submit(CaseTask task, Map<String, ?> values) {
    var caller = authentication();
    if (!mayRead(caller, task)) {
      throw new ForbiddenException("You may not work on this task");
    }
    if (caller != null && !EngineCallers.isAdministrator(caller) && task.assignee() != null
        && !task.assignee().equals(caller.getUserId())) {
      throw new ForbiddenException("This task is claimed by " + task.assignee() + ": only they can complete it");
    }
    var handler = handlerOf(task);
    var form = handler.form();
    transaction.executeWithoutResult(status -> {
      FormInput input = reader.read(form.fields(), values);
      input.problems(undeclared(handler, task, form, values));
      input.refuseIfProblems();
      if (task.assignee() == null && caller != null) {
        ServerSide.run(() -> tasks.claim(task.taskId(), caller.getUserId()));
      }
      Outcome outcome = handler.submit(task, input);
      ServerSide.run(() -> tasks.complete(task.taskId(), outcome.variables()));
    });
    LOG.info("{} completed '{}' of {} {}", task.actor(), task.taskKey(), task.processKey(), task.caseNumber());
  }

  /**
   * Keys the form may not send: the task's own shown values pass unchanged (a client may echo what it
   * was shown); a changed one, or any other key — another case's number, a gateway's variable, the
   * initiator, another task's field — is refused on that key.
   */
  private List<FieldProblem> undeclared(TaskFormHandler handler, CaseTask task, UserTaskForm form,
      Map<String, ?> values) {
    Set<String> extra = new LinkedHashSet<>(values.keySet());
    extra.removeAll(form.fieldNames());
    if (extra.isEmpty()) {
      return List.of();
    }
    FormView shown = handler.view(task);
    List<FieldProblem> problems = new ArrayList<>();
    for (String key : extra) {
      if (!shown.has(key)) {
        problems.add(new FieldProblem(key, "'" + key + "' is not a field of this task"));
      } else if (!sameValue(FormReader.raw(values, key), shown.value(key))) {
        problems.add(new FieldProblem(key, "'" + key + "' is shown on this task but cannot be changed here"));
      }
    }
    return problems;
  }

  private static boolean sameValue(Object submitted, Object shown) {
    String left = text(submitted);
    String right = text(shown);
    if (Objects.equals(left, right)) {
      return true;
    }
    if (left != null && right != null) {
      try {
        return new BigDecimal(left).compareTo(new BigDecimal(right)) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value instanceof SpinJsonNode json ? json.toString() : value.toString();
    return text.isBlank() ? null : text.strip();
  }

  // ---- starting ----

  @Override
  public Optional<ProcessInstance> start(String processDefinitionId, String businessKey, Map<String, ?> values) {
    String processKey = processKeyOf(processDefinitionId);
    var handler = starts.get(processKey);
    var caller = authentication();
    if (handler == null) {
      if (EngineCallers.isClient(caller)) {
        throw new ForbiddenException("Cases of '" + processKey + "' are started by Tandem itself, not by hand");
      }
      return Optional.empty();
    }
    if (caller == null || caller.getUserId() == null) {
      throw new ForbiddenException("A case is started in someone's name: log in first");
    }
    var form = handler.form();
    return Optional.of(transaction.execute(status -> {
      FormInput input = reader.read(form.fields(), values);
      if (businessKey != null && !businessKey.isBlank()) {
        input.problem("businessKey", "Tandem numbers the case itself: send no business key");
      }
      for (String key : values.keySet()) {
        if (!form.fieldNames().contains(key)) {
          input.problem(key, "'" + key + "' is not a field of the start form");
        }
      }
      input.refuseIfProblems();
      return handler.start(caller.getUserId(), input);
    }));
  }

  // ---- who may hold a task ----

  @Override
  public void checkAssignment(String taskId, String userId, String operation) {
    var task = load(taskId);
    var caller = authentication();
    if (task.processKey() == null || caller == null || EngineCallers.isAdministrator(caller)) {
      return;
    }
    boolean personal = task.candidateGroups().isEmpty() && task.candidateUsers().isEmpty();
    if (userId == null) {
      if (personal) {
        throw InvalidRequestException.of("userId", "This task belongs to " + task.assignee()
            + " by the process and cannot be handed back");
      }
      return;
    }
    if ("claim".equals(operation) && !userId.equals(caller.getUserId())) {
      throw new ForbiddenException("You can claim a task only for yourself, not for " + userId);
    }
    if (personal || !mayHold(userId, task)) {
      throw new ForbiddenException(userId + " is not in the role this task is for"
          + (task.candidateGroups().isEmpty() ? "" : " (" + String.join(", ", task.candidateGroups()) + ")"));
    }
  }

  private boolean mayHold(String userId, CaseTask task) {
    if (task.candidateUsers().contains(userId)) {
      return true;
    }
    return groupsOf(userId).stream().anyMatch(task.candidateGroups()::contains);
  }

  // ---- the task as the server knows it ----

  private CaseTask load(String taskId) {
    if (taskId == null || taskId.isBlank()) {
      throw new NotFoundException("No task given");
    }
    var caller = authentication();
    CaseTask task = engine.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity entity = context.getTaskManager().findTaskById(taskId);
      if (entity == null) {
        return null;
      }
      Set<String> groups = new LinkedHashSet<>();
      Set<String> users = new LinkedHashSet<>();
      for (IdentityLink link : entity.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
          if (link.getUserId() != null) {
            users.add(link.getUserId());
          }
        }
      }
      String processKey = entity.getProcessDefinitionId() == null ? null : entity.getProcessDefinition().getKey();
      String businessKey = entity.getProcessInstance() == null ? null : entity.getProcessInstance().getBusinessKey();
      String actor = caller != null && caller.getUserId() != null ? caller.getUserId()
          : entity.getAssignee() != null ? entity.getAssignee() : "system";
      return new CaseTask(entity.getId(), entity.getTaskDefinitionKey(), processKey, entity.getProcessInstanceId(),
          businessKey, actor, entity.getAssignee(), Set.copyOf(groups), Set.copyOf(users));
    });
    if (task == null) {
      throw new NotFoundException("No task " + taskId + ": it may have been completed by someone else meanwhile");
    }
    return task;
  }

  private TaskFormHandler handlerOf(CaseTask task) {
    var handler = handlers.get(new Key(task.processKey(), task.taskKey()));
    if (handler == null) {
      throw new ForbiddenException("Task '" + task.taskKey() + "' of " + task.processKey()
          + " has no form Tandem knows; an administrator has to look at it");
    }
    return handler;
  }

  private static boolean isTandemOrAdministrator(Authentication caller) {
    return caller == null || caller.getUserId() == null || EngineCallers.isAdministrator(caller);
  }

  private boolean mayRead(Authentication caller, CaseTask task) {
    if (caller == null || caller.getUserId() == null || EngineCallers.isAdministrator(caller)) {
      return true; // Tandem itself, or an administrator
    }
    String user = caller.getUserId();
    if (user.equals(task.assignee()) || task.candidateUsers().contains(user)) {
      return true;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.stream().anyMatch(task.candidateGroups()::contains);
  }

  private String processKeyOf(String processDefinitionId) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.getProcessEngineConfiguration()
        .getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId).getKey());
  }

  private Authentication authentication() {
    return identity.getCurrentAuthentication();
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(group -> group.getId()).toList();
  }

  /** The case's Tasklist columns now, for a starter's first variables. */
  public Map<String, Object> columnsOf(String processKey, String caseNumber) {
    var of = columns.get(processKey);
    return of == null ? Map.of() : new HashMap<>(of.of(caseNumber));
  }

  /**
   * Sets the case's Tasklist columns on its process instance from the tables, writing only the values
   * that changed. Runs inside the engine when a task is created, and wherever a delegate changed what a
   * column shows.
   */
  public void refreshColumns(DelegateExecution execution) {
    if (execution == null || execution.getProcessBusinessKey() == null) {
      return;
    }
    var of = columns.get(((ExecutionEntity) execution).getProcessDefinition().getKey());
    if (of == null) {
      return;
    }
    var instance = execution.getProcessInstance();
    for (var column : of.of(execution.getProcessBusinessKey()).entrySet()) {
      if (!Objects.equals(instance.getVariableLocal(column.getKey()), column.getValue())) {
        instance.setVariableLocal(column.getKey(), column.getValue());
      }
    }
  }
}
