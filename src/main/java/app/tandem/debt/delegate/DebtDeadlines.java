package app.tandem.debt.delegate;

import app.tandem.debt.DebtCollectionService;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates of the escalation's tasks, for the models: {@code camunda:dueDate="${debtDeadlines.decision()}"}. */
@Component("debtDeadlines")
public class DebtDeadlines {

  private final DebtCollectionService collection;

  DebtDeadlines(DebtCollectionService collection) {
    this.collection = collection;
  }

  /** The end of the business day after the configured working days to decide. */
  public Date decision() {
    return Date.from(collection.decisionDeadline());
  }
}
