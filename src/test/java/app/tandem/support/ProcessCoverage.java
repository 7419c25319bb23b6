package app.tandem.support;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Flow-node coverage of a process, read from the engine's history: which flow nodes of the latest
 * version have never been executed by any instance of any of its versions in this test context. Process test classes
 * assert {@code missingFlowNodes(...)} is empty after all their tests ran.
 */
public final class ProcessCoverage {

  private ProcessCoverage() {
  }

  public static Set<String> missingFlowNodes(ProcessEngine engine, String processKey) {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    Set<String> all = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(FlowNode.class).stream()
        .map(FlowNode::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    // every version: a test may move cases onto a new version of the same model (activities keep their ids)
    Set<String> executed = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .list().stream()
        .flatMap(version -> engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processDefinitionId(version.getId()).list().stream())
        .map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());
    all.removeAll(executed);
    return all;
  }
}
