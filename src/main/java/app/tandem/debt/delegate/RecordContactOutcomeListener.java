package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.common.process.FormValues;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.DebtCollectionService.ContactOutcome;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The manager's contact outcome: a promise (date not in the past, amount up to the balance), a
 * dispute (reason) or no answer. Bad input fails the completion with the reason; the form keeps
 * what was typed.
 */
@Component("recordContactOutcome")
class RecordContactOutcomeListener implements TaskListener {

  private final DebtCollectionService collection;

  RecordContactOutcomeListener(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void notify(DelegateTask task) {
    String invoice = INVOICE_NUMBER.from(task);
    String actor = Actor.of(task);
    String comment = COMMENT.optionalFrom(task).orElse(null);
    ContactOutcome outcome = Enums.parse(ContactOutcome.class, CONTACT_OUTCOME.optionalFrom(task).orElse(null),
        CONTACT_OUTCOME.name(), "Choose the outcome: promised to pay, disputes the invoice or could not reach");
    switch (outcome) {
      case PROMISED -> {
        List<FieldProblem> problems = new ArrayList<>();
        var date = FormValues.date(PROMISED_DATE.optionalFrom(task).orElse(null), PROMISED_DATE.name(),
            "Promised date", problems);
        var amount = FormValues.amount(task.getVariable(PROMISED_AMOUNT.name()), PROMISED_AMOUNT.name(),
            "Promised amount", problems);
        if (!problems.isEmpty()) {
          throw new InvalidRequestException(FormValues.problemsText(problems), problems);
        }
        PROMISE_CHECK.set(task.getExecution(), Date.from(collection.recordPromise(invoice, date, amount, actor, comment)));
      }
      case DISPUTED -> collection.recordDispute(invoice, DISPUTE_REASON.optionalFrom(task).orElse(null), actor);
      case UNREACHABLE -> collection.recordUnreachable(invoice, actor, comment);
    }
  }
}
