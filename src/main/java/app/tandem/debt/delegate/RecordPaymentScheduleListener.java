package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.Actor;
import app.tandem.common.process.FormValues;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.DebtCollectionService.InstalmentData;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The payment schedule finance agreed with the customer, from the form's list of instalments (a
 * JSON array from Tasklist, or a list of maps through the API): dates and amounts summing to the balance.
 */
@Component("recordPaymentSchedule")
class RecordPaymentScheduleListener implements TaskListener {

  private final DebtCollectionService collection;

  RecordPaymentScheduleListener(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void notify(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    List<InstalmentData> schedule = new ArrayList<>();
    int i = 0;
    for (Map<String, Object> row : FormValues.rows(task.getVariable(INSTALMENTS.name()), "dueDate", "amount")) {
      String field = "instalments[" + i++ + "]";
      var due = FormValues.date(text(row.get("dueDate")), field + ".dueDate", "Instalment " + i + " date", problems);
      var amount = FormValues.amount(row.get("amount"), field + ".amount", "Instalment " + i + " amount", problems);
      schedule.add(new InstalmentData(due, amount));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(FormValues.problemsText(problems), problems);
    }
    var firstCheck = collection.agreeSchedule(INVOICE_NUMBER.from(task), schedule, Actor.of(task));
    INSTALMENT_CHECK.set(task.getExecution(), Date.from(firstCheck));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
