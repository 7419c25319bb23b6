package app.tandem.payment;

import static app.tandem.payment.PaymentApprovalProcess.INITIATOR;

import app.tandem.common.engine.ServerSide;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises a payment request and starts its approval, in one transaction: either both happen or
 * neither. The one place a payment approval starts — from the API (another system) or from Tasklist's
 * start form — always with the request number as business key and the caller as initiator. The engine
 * call runs as the caller, so only roles allowed to start payment approval can.
 */
@Component
public class PaymentApprovalStarter {

  private final PaymentRequestService requests;
  private final RuntimeService runtime;
  private final PaymentRequestForms forms;

  PaymentApprovalStarter(PaymentRequestService requests, RuntimeService runtime, PaymentRequestForms forms) {
    this.requests = requests;
    this.runtime = runtime;
    this.forms = forms;
  }

  /** A request raised, and its process (null when an idempotent repeat found the request already raised). */
  public record Started(PaymentRequestService.Created created, ProcessInstanceWithVariables instance) {
  }

  @Transactional
  public Started start(PaymentRequestFields fields, String initiator, String idempotencyKey) {
    var created = requests.create(fields, initiator, idempotencyKey);
    if (!created.created()) {
      return new Started(created, null);
    }
    String number = created.request().getNumber();
    var variables = forms.filled(number);
    variables.put(INITIATOR.name(), initiator);
    var instance = ServerSide.call(() -> runtime.createProcessInstanceByKey(PaymentApprovalProcess.KEY)
        .businessKey(number).setVariables(variables).executeWithVariablesInReturn());
    return new Started(created, instance);
  }
}
