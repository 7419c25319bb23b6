package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.debt.DebtCollectionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Finance approves the write-off or refuses it (with a reason, back to the head of sales). */
@Component("recordWriteOffApproval")
class RecordWriteOffApprovalListener implements TaskListener {

  static final String APPROVE = "APPROVE";
  static final String REFUSE = "REFUSE";

  private final DebtCollectionService collection;

  RecordWriteOffApprovalListener(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = WRITE_OFF_DECISION.optionalFrom(task).orElse("");
    if (!APPROVE.equals(decision) && !REFUSE.equals(decision)) {
      throw InvalidRequestException.of(WRITE_OFF_DECISION.name(), "Approve or refuse the write-off");
    }
    collection.recordWriteOffApproval(INVOICE_NUMBER.from(task), APPROVE.equals(decision),
        COMMENT.optionalFrom(task).orElse(null), Actor.of(task));
  }
}
