package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;

import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.ReceivableStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the invoice to the head of sales, saying why (set on the flow that led here). */
@Component("escalateDebt")
class EscalateDebtDelegate implements JavaDelegate {

  private final DebtCollectionService collection;

  EscalateDebtDelegate(DebtCollectionService collection) {
    this.collection = collection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = switch (ESCALATION_REASON.optionalFrom(execution).orElse("")) {
      case "DUNNING_POLICY" -> "Dunning policy: " + DUNNING_REASON.optionalFrom(execution).orElse("escalate");
      case "NO_CONTACT_OUTCOME" -> "The manager recorded no contact outcome by the deadline";
      case "DISPUTED" -> "The customer disputes the invoice";
      case "BROKEN_PROMISE" -> "The customer broke the promise to pay";
      case "MISSED_INSTALMENT" -> "An instalment of the payment schedule was missed";
      default -> "Escalated";
    };
    collection.escalate(INVOICE_NUMBER.from(execution), reason);
    STATUS.set(execution, ReceivableStatus.ESCALATED.name());
  }
}
