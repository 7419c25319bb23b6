package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.common.process.FormValues;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.DebtCollectionService.Decision;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The head of sales' decision on an escalated debt, and the credit hold they set or lift with it. */
@Component("recordDebtDecision")
class RecordDebtDecisionListener implements TaskListener {

  private final DebtCollectionService collection;

  RecordDebtDecisionListener(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void notify(DelegateTask task) {
    String invoice = INVOICE_NUMBER.from(task);
    String actor = Actor.of(task);
    String comment = COMMENT.optionalFrom(task).orElse(null);
    Decision decision = Enums.parse(Decision.class, DEBT_DECISION.optionalFrom(task).orElse(null), DEBT_DECISION.name(),
        "Choose what happens next: a new deadline, restructuring, legal action or write-off");
    List<FieldProblem> problems = new ArrayList<>();
    var deadline = FormValues.date(NEW_DEADLINE.optionalFrom(task).orElse(null), NEW_DEADLINE.name(), "New deadline",
        problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(FormValues.problemsText(problems), problems);
    }
    var due = collection.decide(invoice, decision, deadline, comment, actor);
    if (due != null) {
      CONTACT_DUE.set(task.getExecution(), Date.from(due));
    }
    CREDIT_HOLD.optionalFrom(task).ifPresent(hold -> collection.holdCredit(invoice, hold, comment, actor));
  }
}
