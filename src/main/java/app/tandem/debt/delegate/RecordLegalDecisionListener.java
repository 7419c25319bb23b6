package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.DebtCollectionService.LegalDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The lawyer's decision after the claim's answer period (file a lawsuit, return to the head of
 * sales, propose a write-off) and when closing the litigation (return or write-off).
 */
@Component("recordLegalDecision")
class RecordLegalDecisionListener implements TaskListener {

  private final DebtCollectionService collection;

  RecordLegalDecisionListener(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean closing = CLOSE_LITIGATION.equals(task.getTaskDefinitionKey());
    LegalDecision decision = Enums.parse(LegalDecision.class, LEGAL_DECISION.optionalFrom(task).orElse(null),
        LEGAL_DECISION.name(), closing ? "Choose how the litigation ends: back to the head of sales or write-off"
            : "Choose: file a lawsuit, back to the head of sales or write-off");
    if (closing && decision == LegalDecision.FILE) {
      throw InvalidRequestException.of(LEGAL_DECISION.name(), "The lawsuit is already filed: choose how it ends");
    }
    collection.legalDecision(INVOICE_NUMBER.from(task), decision, LAWSUIT_CASE_NUMBER.optionalFrom(task).orElse(null),
        COURT.optionalFrom(task).orElse(null), COMMENT.optionalFrom(task).orElse(null), Actor.of(task));
  }
}
