package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.common.process.FormValues;
import app.tandem.debt.DebtCaseForms;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.ReceivableStatus;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The pre-trial claim as sent: its date, the document kept with the invoice, the statutory wait started. */
@Component("recordClaim")
class RecordClaimListener implements TaskListener {

  private final DebtCollectionService collection;
  private final DebtCaseForms forms;

  RecordClaimListener(DebtCollectionService collection, DebtCaseForms forms) {
    this.collection = collection;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Actor.of(task);
    List<FieldProblem> problems = new ArrayList<>();
    var sentOn = FormValues.date(CLAIM_SENT_ON.optionalFrom(task).orElse(null), CLAIM_SENT_ON.name(),
        "Date sent", problems);
    if (task.getVariable(CLAIM_FILE.name()) == null) {
      problems.add(new FieldProblem(CLAIM_FILE.name(), "Attach the claim as sent (PDF or scan)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(FormValues.problemsText(problems), problems);
    }
    var answerDue = collection.claimSent(INVOICE_NUMBER.from(task), sentOn, actor);
    forms.takeUploadedFile(task, CLAIM_FILE.name(), "claim", actor);
    CLAIM_ANSWER_DUE.set(task.getExecution(), Date.from(answerDue));
    STATUS.set(task.getExecution(), ReceivableStatus.IN_LEGAL.name());
  }
}
