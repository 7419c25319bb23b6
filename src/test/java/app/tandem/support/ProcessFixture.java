package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.form.CaseColumns;
import app.tandem.common.process.CaseVariables;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every process test does, once — a JUnit extension each {@code *ProcessTest} registers as
 * {@code @RegisterExtension static final ProcessFixture fixture = ProcessFixture.covering(KEY).withMail(smtp)}:
 * <ul>
 *   <li>before each test camunda-bpm-assert is bound to the application's engine; after it the user is signed
 *       out and the engine clock reset;</li>
 *   <li>act as a demo user the way Tasklist does (authenticated with the user's real groups, authorization
 *       checks on), open and submit a task's form through the engine's form service — the same path as Tasklist
 *       and the REST API —, find and run the job of an activity, read the engine's variables and the mails
 *       GreenMail received;</li>
 *   <li>after the class, each covered process's flow-node coverage by <em>this class's own instances</em> must
 *       reach the threshold ({@link ProcessCoverage}, 100 % unless {@link #atLeast}), and — with
 *       {@link #withVariableBudget()} — every user task must have been opened with at most
 *       {@value #MAX_VARIABLES_PER_CASE} engine variables on its case.</li>
 * </ul>
 *
 * <p>Size: Long because it is the one harness of every process test (so that nothing of it is written twice).
 */
public final class ProcessFixture implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback {

  /** What a case may keep in the engine: ids, routes and Tasklist columns — its data lives in Tandem's tables. */
  public static final long MAX_VARIABLES_PER_CASE = 10;

  /** The most runtime variables an open case had at a user task in this class, by {@code processKey/taskKey}. */
  private final Map<String, Long> variablesAtTask = new ConcurrentHashMap<>();
  private final ProcessCoverage coverage;
  private GreenMailExtension smtp;
  private boolean variableBudget;
  private ProcessEngine engine;

  private ProcessFixture(String... processKeys) {
    this.coverage = new ProcessCoverage(processKeys);
  }

  /** A fixture whose class must cover the flow nodes of these processes with its own instances. */
  public static ProcessFixture covering(String... processKeys) {
    return new ProcessFixture(processKeys);
  }

  /** The share of each covered process's flow nodes the class's instances must run (default 1.0). */
  public ProcessFixture atLeast(double share) {
    coverage.atLeast(share);
    return this;
  }

  /** The GreenMail server the application's mail goes to, for {@link #mailsTo}. */
  public ProcessFixture withMail(GreenMailExtension smtp) {
    this.smtp = smtp;
    return this;
  }

  /** Every user task of the covered processes is opened in the class, its case within the variable budget. */
  public ProcessFixture withVariableBudget() {
    this.variableBudget = true;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    coverage.start(engine);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(engine);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (variableBudget) {
      for (String key : coverage.processKeys()) {
        assertThat(variablesCountedAt(key).values()).as("engine variables per case of " + key)
            .allMatch(count -> count <= MAX_VARIABLES_PER_CASE);
      }
    }
    coverage.assertReached(engine, context.getRequiredTestClass().getSimpleName());
  }

  public ProcessEngine engine() {
    return engine;
  }

  /** Runs a step as the user with their groups, then signs out so the test's own queries see everything. */
  public <T> T as(String user, Supplier<T> step) {
    var groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return step.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void as(String user, Runnable step) {
    as(user, () -> {
      step.run();
      return null;
    });
  }

  /** The instance's one open task. */
  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** Claims the instance's open task as the user, as Tasklist's "Claim" does: from then on it is theirs. */
  public void claim(ProcessInstance instance, String user) {
    var task = task(instance);
    as(user, () -> engine.getTaskService().claim(task.getId(), user));
    assertThat(task(instance).getAssignee()).as("claimed by " + user).isEqualTo(user);
  }

  /** Submits the form of the instance's open task as the user, as Tasklist does. */
  public void submit(ProcessInstance instance, String user, Map<String, Object> form) {
    var task = task(instance);
    countVariables(task);
    var submitted = new java.util.HashMap<>(form);
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), submitted));
  }

  /** What the form of the instance's open task shows the user. */
  public Map<String, Object> form(ProcessInstance instance, String user) {
    var task = task(instance);
    countVariables(task);
    var shown = as(user, () -> engine.getFormService().getTaskFormVariables(task.getId()));
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (String name : shown.keySet()) {
      var typed = shown.getValueTyped(name);
      values.put(name, typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
          && !serializable.isDeserialized() ? org.camunda.spin.Spin.JSON(serializable.getValueSerialized())
          : typed.getValue());
    }
    return values;
  }

  /** Counts the case's runtime variables while it waits at the task; more than the limit fails at once. */
  public void countVariables(Task task) {
    long count = engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(task.getProcessInstanceId()).count();
    String processKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
    variablesAtTask.merge(processKey + "/" + task.getTaskDefinitionKey(), count, Math::max);
    if (count > MAX_VARIABLES_PER_CASE) {
      throw new AssertionError("The case at " + task.getTaskDefinitionKey() + " keeps " + count
          + " engine variables (at most " + MAX_VARIABLES_PER_CASE + "): "
          + engine.getRuntimeService().getVariables(task.getProcessInstanceId()).keySet());
    }
  }

  /** The variables counted at the process's user tasks; every user task of its model must be among them. */
  public Map<String, Long> variablesCountedAt(String processKey) {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    var userTasks = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream()
        .map(task -> processKey + "/" + task.getId()).toList();
    Map<String, Long> counted = new java.util.TreeMap<>();
    for (String task : userTasks) {
      if (!variablesAtTask.containsKey(task)) {
        throw new AssertionError("No test counted the variables of a case at " + task);
      }
      counted.put(task, variablesAtTask.get(task));
    }
    System.out.println("Runtime variables per open case, at each user task: " + counted);
    return counted;
  }

  public Map<String, Object> variables(ProcessInstance instance) {
    return engine.getRuntimeService().getVariables(instance.getId());
  }

  /**
   * The case's Tasklist columns are those {@code columns} names, they are on the instance, and the engine keeps
   * no history of them, while {@code routing} (a variable that drives the process) keeps its own.
   */
  public void assertColumnsKeepNoHistory(ProcessInstance instance, CaseColumns columns, String routing) {
    String number = instance.getBusinessKey();
    assertThat(columns.names()).as("the columns the history level leaves out are the columns of the case")
        .containsExactlyInAnyOrderElementsOf(columns.of(number).keySet());
    assertThat(variables(instance)).containsEntry(CaseVariables.CASE_NUMBER.name(), number);
    var history = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .list().stream().map(org.camunda.bpm.engine.history.HistoricVariableInstance::getName).toList();
    assertThat(history).as("what drives the process keeps its history, the columns none").contains(routing)
        .doesNotContainAnyElementsOf(columns.names());
  }

  public Job jobAt(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  /** When the timer waiting at the activity is due; it must exist. */
  public java.util.Date timerDue(ProcessInstance instance, String activityId) {
    var job = jobAt(instance, activityId);
    if (job == null) {
      throw new AssertionError("No timer at " + activityId + " of instance " + instance.getId());
    }
    return job.getDuedate();
  }

  /** Executes the job waiting at the activity (a timer, or an asynchronous continuation); it must exist. */
  public void runJobAt(ProcessInstance instance, String activityId) {
    var job = jobAt(instance, activityId);
    if (job == null) {
      throw new AssertionError("No job at " + activityId + " of instance " + instance.getId());
    }
    engine.getManagementService().executeJob(job.getId());
  }

  /** Executes due asynchronous continuations of the instance (not timers), at most {@code limit}. */
  public int runAsyncJobs(ProcessInstance instance, int limit) {
    int executed = 0;
    while (executed < limit) {
      var jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list();
      if (jobs.isEmpty()) {
        break;
      }
      engine.getManagementService().executeJob(jobs.get(0).getId());
      executed++;
    }
    return executed;
  }

  public List<MimeMessage> mailsTo(String address) {
    if (smtp == null) {
      throw new IllegalStateException("Register the fixture withMail(smtp) to read mails");
    }
    return Mails.to(smtp, address);
  }

  /**
   * Deploys a process owner's new version of a packaged model: the file from {@code bpmn/}, changed, alone under
   * its plain name in a deployment of its own — as Camunda Modeler's Deploy does. Returns the deployment id.
   */
  public String deployNewVersion(String fileName, java.util.function.UnaryOperator<String> change) {
    String changed;
    try {
      String packaged = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn", fileName));
      changed = change.apply(packaged);
      assertThat(changed).as("the owner's change to " + fileName).isNotEqualTo(packaged);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return engine.getRepositoryService().createDeployment().name(fileName.replaceAll("\\.\\w+$", ""))
        .source("Camunda Modeler").addString(fileName, changed).deploy().getId();
  }

  /** Removes a deployment made by the test, with what still runs on it. */
  public void undeploy(String deploymentId) {
    engine.getRepositoryService().deleteDeployment(deploymentId, true, true, true);
  }

  /**
   * Migrates every running case of the process to its newest version as an administrator does (the dry run must
   * report nothing left behind), and runs the batches as the job executor would.
   */
  public app.tandem.admin.ProcessVersions.Migration migrateAllToNewest(app.tandem.admin.ProcessVersions versions,
      String processKey) {
    var dryRun = versions.migrateAll(processKey, true, "admin");
    assertThat(dryRun.notMigrated()).as("cases the dry run could not migrate").isEmpty();
    var migration = versions.migrateAll(processKey, false, "admin");
    assertThat(migration.cases()).isEqualTo(dryRun.cases());
    migration.from().forEach(from -> runBatch(from.batchId()));
    return migration;
  }

  /** Runs a batch's jobs — seed, then its work, then its monitor — as the job executor would; none may fail. */
  public void runBatch(String batchId) {
    var management = engine.getManagementService();
    var batch = management.createBatchQuery().batchId(batchId).singleResult();
    assertThat(batch).as("batch " + batchId).isNotNull();
    for (int round = 0; round < 100; round++) {
      var jobs = new java.util.ArrayList<Job>();
      jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
      jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
      if (jobs.isEmpty()) {
        break;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list()
        .forEach(job -> management.executeJob(job.getId()));
    assertThat(management.createBatchQuery().batchId(batchId).count()).as("batch " + batchId + " done").isZero();
  }
}
