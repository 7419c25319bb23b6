package app.tandem.debt.delegate;

import static app.tandem.debt.OverdueDebtEscalationProcess.ESCALATION_REASON;

import app.tandem.debt.ContactStage;
import app.tandem.debt.ReceivableService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the invoice to the head of sales, saying why (set on the flow that led here). */
@Component("escalateDebt")
class EscalateDebtDelegate implements JavaDelegate {

  private final ContactStage contact;
  private final ReceivableService receivables;

  EscalateDebtDelegate(ContactStage contact, ReceivableService receivables) {
    this.contact = contact;
    this.receivables = receivables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String invoice = execution.getProcessBusinessKey();
    String reason = switch (ESCALATION_REASON.optionalFrom(execution).orElse("")) {
      case "DUNNING_POLICY" -> "Dunning policy: " + java.util.Objects.requireNonNullElse(
          receivables.get(invoice).getDunningReason(), "escalate");
      case "NO_CONTACT_OUTCOME" -> "The manager recorded no contact outcome by the deadline";
      case "DISPUTED" -> "The customer disputes the invoice";
      case "BROKEN_PROMISE" -> "The customer broke the promise to pay";
      case "MISSED_INSTALMENT" -> "An instalment of the payment schedule was missed";
      default -> "Escalated";
    };
    contact.escalate(invoice, reason);
  }
}
