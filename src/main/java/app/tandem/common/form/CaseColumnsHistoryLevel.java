package app.tandem.common.form;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's {@code audit} history level, except that a case's Tasklist columns keep no engine
 * history. They are copies of the case's own tables, rewritten whenever the case moves on; their
 * history would be a second, partial copy of the case history Tandem keeps itself ({@code case_event}),
 * paid with an insert at the start and a select and an update at every change. Same id (2) and name
 * as {@code audit}: a database set up at audit starts with it, and the other way round.
 */
final class CaseColumnsHistoryLevel extends HistoryLevelAudit {

  private final Supplier<Map<String, Set<String>>> columns;

  /** @param columns process definition key → the names of its column variables, asked when first needed */
  CaseColumnsHistoryLevel(Supplier<Map<String, Set<String>>> columns) {
    this.columns = columns;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstanceEntity variable && isColumn(variable)) {
      return false;
    }
    return super.isHistoryEventProduced(eventType, entity);
  }

  private boolean isColumn(VariableInstanceEntity variable) {
    if (variable.getExecutionId() == null || variable.getTaskId() != null
        || !variable.getExecutionId().equals(variable.getProcessInstanceId())) {
      return false; // columns live on the process instance itself
    }
    Map<String, Set<String>> byProcess = columns.get();
    if (byProcess.values().stream().noneMatch(names -> names.contains(variable.getName()))) {
      return false;
    }
    ExecutionEntity instance = variable.getExecution();
    var definition = instance == null ? null : instance.getProcessDefinition();
    return definition != null && byProcess.getOrDefault(definition.getKey(), Set.of()).contains(variable.getName());
  }
}
