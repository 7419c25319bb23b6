package app.tandem.common.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CaseColumnsHistoryLevel} in the place of the engine's {@code audit} level: with
 * {@code camunda.bpm.history-level: audit} the engine keeps the history of everything but a case's
 * Tasklist columns. The other levels stay the engine's own.
 */
@Component
class CaseColumnsHistory extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CaseColumns> columns;
  private volatile Map<String, Set<String>> byProcess;

  CaseColumnsHistory(ObjectProvider<CaseColumns> columns) {
    this.columns = columns;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the engine takes the last level of a name: custom levels come after its own
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(new CaseColumnsHistoryLevel(this::byProcess));
    configuration.setCustomHistoryLevels(custom);
  }

  /** Process definition key → its column names; the beans are asked once, after the engine is up. */
  private Map<String, Set<String>> byProcess() {
    var known = byProcess;
    if (known == null) {
      known = columns.orderedStream().collect(Collectors.toUnmodifiableMap(CaseColumns::processKey,
          CaseColumns::names));
      byProcess = known;
    }
    return known;
  }
}
