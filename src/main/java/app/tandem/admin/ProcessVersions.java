package app.tandem.admin;

import app.tandem.common.engine.ServerSide;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Which versions the running cases of each process are on, and moving them all to the newest — what Cockpit CE
 * has no screen for. A process owner's new model applies to new cases; a months-long debt escalation would keep
 * its old model for its whole life unless an administrator migrates it.
 *
 * <p>Migration maps equal activities (same id) of each older version to the newest, keeps every timer as it is
 * (the due date it had, not restarted from the moment of migration: no event trigger is updated), and runs as a
 * batch (Cockpit's Batches view shows its progress and failures). What cannot be migrated is reported and left on
 * its version: an instruction the engine refuses (with the engine's reason), and the cases waiting at an activity
 * the newest version no longer has.
 */
@Service
public class ProcessVersions {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessVersions.class);
  static final String CASE_TYPE = "MIGRATION";

  public record Version(int version, String definitionId, String versionTag, Instant deployedAt, String deployment,
      long running) {
  }

  public record Process(String key, String name, int newestVersion, long running, long onOlderVersions,
      List<Version> versions) {
  }

  /** Cases of one older version waiting where the plan cannot take them, and why. */
  public record NotMigrated(int fromVersion, String activityId, String activityName, long cases, String reason) {
  }

  public record FromVersion(int version, long cases, String batchId) {
  }

  public record Migration(String key, int toVersion, boolean dryRun, long cases, List<FromVersion> from,
      List<NotMigrated> notMigrated) {
  }

  private final ProcessEngine engine;
  private final CaseHistory history;

  ProcessVersions(ProcessEngine engine, CaseHistory history) {
    this.engine = engine;
    this.history = history;
  }

  /** Every process with its newest version and the versions its running cases are on. */
  public List<Process> list() {
    RepositoryService repository = engine.getRepositoryService();
    return repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(newest -> describe(newest, olderOrEqual(newest)))
        .sorted(Comparator.comparing(process -> Objects.requireNonNullElse(process.name(), process.key())))
        .toList();
  }

  public Process get(String key) {
    ProcessDefinition newest = newest(key);
    return describe(newest, olderOrEqual(newest));
  }

  /**
   * Migrates every running case of an older version of {@code key} to the newest version, one batch per older
   * version; with {@code dryRun} only reports what would be migrated and what could not be.
   */
  public Migration migrateAll(String key, boolean dryRun, String actor) {
    ProcessDefinition newest = newest(key);
    RuntimeService runtime = engine.getRuntimeService();
    List<FromVersion> from = new ArrayList<>();
    List<NotMigrated> notMigrated = new ArrayList<>();
    long cases = 0;
    for (ProcessDefinition older : olderOrEqual(newest)) {
      if (older.getId().equals(newest.getId())) {
        continue;
      }
      long running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
      if (running == 0) {
        continue;
      }
      Map<String, String> refused = new LinkedHashMap<>();
      MigrationPlan plan = plan(older, newest, refused);
      Set<String> mapped = new HashSet<>();
      if (plan != null) {
        plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId).forEach(mapped::add);
      }
      Set<String> blocked = new HashSet<>();
      for (FlowNode node : engine.getRepositoryService().getBpmnModelInstance(older.getId())
          .getModelElementsByType(FlowNode.class)) {
        if (mapped.contains(node.getId())) {
          continue;
        }
        long waiting = runtime.createExecutionQuery().processDefinitionId(older.getId()).activityId(node.getId()).count();
        if (waiting > 0) {
          blocked.add(node.getId());
          notMigrated.add(new NotMigrated(older.getVersion(), node.getId(), name(node), waiting,
              refused.getOrDefault(node.getId(), plan == null ? refused.getOrDefault("", "no migration plan")
                  : "version " + newest.getVersion() + " has no activity '" + node.getId() + "' to take these cases")));
        }
      }
      if (plan == null) {
        continue;
      }
      List<String> ids = new ArrayList<>(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list()
          .stream().map(ProcessInstance::getId).toList());
      if (!blocked.isEmpty()) {
        ids.removeAll(runtime.createProcessInstanceQuery().processDefinitionId(older.getId())
            .activityIdIn(blocked.toArray(String[]::new)).list().stream().map(ProcessInstance::getId).toList());
      }
      if (ids.isEmpty()) {
        continue;
      }
      cases += ids.size();
      String batchId = null;
      if (!dryRun) {
        batchId = ServerSide.call(() -> runtime.newMigration(plan).processInstanceIds(ids).skipCustomListeners()
            .skipIoMappings().executeAsync()).getId();
      }
      from.add(new FromVersion(older.getVersion(), ids.size(), batchId));
    }
    var migration = new Migration(key, newest.getVersion(), dryRun, cases, from, notMigrated);
    if (!dryRun) {
      String outcome = cases + " running case(s) to version " + newest.getVersion()
          + (notMigrated.isEmpty() ? "" : "; " + notMigrated.stream().mapToLong(NotMigrated::cases).sum() + " left where they are");
      history.record(CASE_TYPE, key, actor, "MIGRATED", null, outcome);
      LOG.info("Process {}: {} migrating {}", key, actor, outcome);
    }
    return migration;
  }

  /**
   * The plan from {@code older} to {@code newest}: equal activities mapped, timers and other event triggers kept.
   * Instructions the engine refuses are left out (their reason in {@code refused}, by source activity) and the
   * plan built again; null when nothing can be mapped.
   */
  private MigrationPlan plan(ProcessDefinition older, ProcessDefinition newest, Map<String, String> refused) {
    RuntimeService runtime = engine.getRuntimeService();
    List<MigrationInstruction> instructions = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        if (instructions == null) {
          return runtime.createMigrationPlan(older.getId(), newest.getId()).mapEqualActivities().build();
        }
        if (instructions.isEmpty()) {
          return null;
        }
        MigrationPlanBuilder builder = runtime.createMigrationPlan(older.getId(), newest.getId());
        for (MigrationInstruction instruction : instructions) {
          builder = builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
        }
        return builder.build();
      } catch (MigrationPlanValidationException invalid) {
        var report = invalid.getValidationReport();
        if (!report.hasInstructionReports()) {
          refused.put("", String.join("; ", report.getVariableReports().keySet()));
          return null;
        }
        Set<String> failing = new HashSet<>();
        for (MigrationInstructionValidationReport failure : report.getInstructionReports()) {
          String source = failure.getMigrationInstruction().getSourceActivityId();
          failing.add(source);
          refused.put(source, String.join("; ", failure.getFailures()));
        }
        instructions = report.getMigrationPlan().getInstructions().stream()
            .filter(instruction -> !failing.contains(instruction.getSourceActivityId())).toList();
      }
    }
    return null;
  }

  private Process describe(ProcessDefinition newest, List<ProcessDefinition> versions) {
    RuntimeService runtime = engine.getRuntimeService();
    List<Version> listed = new ArrayList<>();
    long running = 0;
    long older = 0;
    for (ProcessDefinition definition : versions) {
      long count = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
      running += count;
      if (!definition.getId().equals(newest.getId())) {
        older += count;
        if (count == 0) {
          continue;
        }
      }
      var deployment = engine.getRepositoryService().createDeploymentQuery().deploymentId(definition.getDeploymentId())
          .singleResult();
      listed.add(new Version(definition.getVersion(), definition.getId(), definition.getVersionTag(),
          deployment.getDeploymentTime().toInstant(), deployment.getName(), count));
    }
    return new Process(newest.getKey(), newest.getName(), newest.getVersion(), running, older, listed);
  }

  private ProcessDefinition newest(String key) {
    var newest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    if (newest == null) {
      throw new NotFoundException("No process has the key " + key);
    }
    return newest;
  }

  /** All versions of the process, newest first. */
  private List<ProcessDefinition> olderOrEqual(ProcessDefinition newest) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(newest.getKey())
        .orderByProcessDefinitionVersion().desc().list();
  }

  private static String name(FlowElement node) {
    return node.getName() == null ? node.getId() : node.getName();
  }
}
