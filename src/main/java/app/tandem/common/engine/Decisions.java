package app.tandem.common.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Evaluates the business rules of the DMN tables in {@code bpmn/} for the processes: always the newest
 * deployed version of a table, so that a table a process owner deploys on its own applies from the next
 * decision of every case, new and running. The inputs come from the case's tables, not from engine
 * variables; the process decides, so the caller's authorizations are not asked.
 */
@Component
public class Decisions {

  private final DecisionService decisions;

  Decisions(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** Every matching rule's output entries (for COLLECT tables), or the one rule's (UNIQUE). */
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    var context = Context.getCommandContext();
    DmnDecisionResult result = context == null
        ? decisions.evaluateDecisionByKey(decisionKey).variables(inputs).evaluate()
        : context.runWithoutAuthorization(() -> decisions.evaluateDecisionByKey(decisionKey).variables(inputs).evaluate());
    return result.getResultList();
  }

  /** The single rule's output entries of a UNIQUE table; it must match exactly one rule. */
  public Map<String, Object> single(String decisionKey, Map<String, Object> inputs) {
    var results = evaluate(decisionKey, inputs);
    if (results.size() != 1) {
      throw new IllegalStateException("Decision " + decisionKey + " matched " + results.size()
          + " rules for " + inputs + "; it must match exactly one");
    }
    return results.get(0);
  }
}
