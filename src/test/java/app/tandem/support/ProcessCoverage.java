package app.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.EventType;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;

/**
 * Flow-node coverage of processes by one test class's own instances, read from the engine's history: the
 * instances of the process that did not exist when the class started ({@link #start}) — test classes run one
 * after another in the shared context, so another class's cases never count for this one. The flow nodes are
 * those of the newest version; executions on every version count (a test may move cases onto a new version of
 * the same model, whose activities keep their ids). {@link #assertReached} fails below the threshold with the
 * flow nodes never run, writes {@code target/process-coverage/<class>.txt}, and draws the same instances with
 * process-test-coverage's report generator. (The library's own Spring listener is not used: its class coverage
 * adds up every process a class touches against one threshold per shared context — a second, coarser mechanism.)
 */
public final class ProcessCoverage {

  private final List<String> processKeys;
  private final Map<String, Set<String>> instancesBefore = new HashMap<>();
  private double threshold = 1.0;

  ProcessCoverage(String... processKeys) {
    this.processKeys = List.of(processKeys);
  }

  void atLeast(double share) {
    if (share <= 0 || share > 1) {
      throw new IllegalArgumentException("A coverage threshold is a share in (0, 1]: " + share);
    }
    this.threshold = share;
  }

  List<String> processKeys() {
    return processKeys;
  }

  /** Notes the instances that exist before the class runs: they are not the class's. */
  void start(ProcessEngine engine) {
    for (String key : processKeys) {
      instancesBefore.put(key, instanceIds(engine, key));
    }
  }

  /** The class's own instances of the process: started since {@link #start}. */
  Set<String> instancesSinceStart(ProcessEngine engine, String processKey) {
    var ids = instanceIds(engine, processKey);
    ids.removeAll(instancesBefore.getOrDefault(processKey, Set.of()));
    return ids;
  }

  /** The newest version's flow nodes that none of the class's instances ran. */
  public Set<String> missingFlowNodes(ProcessEngine engine, String processKey) {
    Set<String> missing = flowNodes(engine, processKey);
    missing.removeAll(executed(engine, processKey));
    return missing;
  }

  void assertReached(ProcessEngine engine, String testClass) {
    StringBuilder report = new StringBuilder();
    StringBuilder failures = new StringBuilder();
    Map<String, Set<String>> flowNodesByKey = new HashMap<>();
    Map<String, List<HistoricActivityInstance>> ranByKey = new HashMap<>();
    for (String key : processKeys) {
      Set<String> all = flowNodes(engine, key);
      List<HistoricActivityInstance> ran = ownActivities(engine, key);
      flowNodesByKey.put(key, all);
      ranByKey.put(key, ran);
      Set<String> missing = new TreeSet<>(all);
      ran.forEach(activity -> missing.remove(activity.getActivityId()));
      long instances = ran.stream().map(HistoricActivityInstance::getProcessInstanceId).distinct().count();
      double share = all.isEmpty() ? 1 : (all.size() - missing.size()) / (double) all.size();
      String line = String.format(Locale.ROOT, "%s: %d of %d flow nodes (%.1f %%) by %d instance(s) of %s%s%n", key,
          all.size() - missing.size(), all.size(), share * 100, instances, testClass,
          missing.isEmpty() ? "" : "; never run: " + missing);
      report.append(line);
      if (share < threshold) {
        failures.append(line);
      }
    }
    write(testClass, report.toString());
    htmlReport(engine, testClass, flowNodesByKey, ranByKey);
    if (!failures.isEmpty()) {
      throw new AssertionError("Flow-node coverage below " + Math.round(threshold * 100) + " %:\n" + failures);
    }
  }

  private Set<String> executed(ProcessEngine engine, String processKey) {
    return ownActivities(engine, processKey).stream().map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());
  }

  /** What the class's instances of the process ran, on any version. */
  private List<HistoricActivityInstance> ownActivities(ProcessEngine engine, String processKey) {
    Set<String> own = instancesSinceStart(engine, processKey);
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).list()
        .stream()
        .flatMap(version -> engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processDefinitionId(version.getId()).list().stream())
        .filter(activity -> own.contains(activity.getProcessInstanceId()))
        .toList();
  }

  private static Set<String> flowNodes(ProcessEngine engine, String processKey) {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    if (definition == null) {
      throw new AssertionError("No process " + processKey + " is deployed");
    }
    return engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(FlowNode.class).stream()
        .map(FlowNode::getId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> instanceIds(ProcessEngine engine, String processKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list()
        .stream().map(HistoricProcessInstance::getId).collect(Collectors.toCollection(HashSet::new));
  }

  /**
   * The same instances drawn by process-test-coverage's report generator — each model with the flow nodes the
   * class ran — in {@code target/process-test-coverage/<class>/}.
   */
  private void htmlReport(ProcessEngine engine, String testClass, Map<String, Set<String>> flowNodesByKey,
      Map<String, List<HistoricActivityInstance>> ranByKey) {
    var collector = new DefaultCollector(key -> model(engine, key, flowNodesByKey.get(key).size()));
    collector.createSuite(new Suite(testClass, testClass));
    collector.activateSuite(testClass);
    collector.createRun(new Run(testClass, testClass), testClass);
    collector.activateRun(testClass);
    for (String key : processKeys) {
      Set<String> flowNodes = flowNodesByKey.get(key);
      for (HistoricActivityInstance activity : ranByKey.get(key)) {
        if (!flowNodes.contains(activity.getActivityId())) {
          continue; // a multi-instance body, say: not an element of the diagram
        }
        collector.addEvent(new Event(EventSource.FLOW_NODE, EventType.START, activity.getActivityId(),
            activity.getActivityType(), key, activity.getStartTime().getTime()));
        if (activity.getEndTime() != null) {
          collector.addEvent(new Event(EventSource.FLOW_NODE, EventType.END, activity.getActivityId(),
              activity.getActivityType(), key, activity.getEndTime().getTime()));
        }
      }
    }
    CoverageReportUtil.createReport(collector, Path.of("target", "process-test-coverage").toString());
  }

  private static Model model(ProcessEngine engine, String processKey, int flowNodes) {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    try (var xml = engine.getRepositoryService().getProcessModel(definition.getId())) {
      return new Model(processKey, flowNodes, String.valueOf(definition.getVersion()),
          new String(xml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String testClass, String report) {
    try {
      Path file = Path.of("target", "process-coverage", testClass + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
