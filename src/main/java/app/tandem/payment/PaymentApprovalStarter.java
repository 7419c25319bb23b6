package app.tandem.payment;

import static app.tandem.payment.PaymentApprovalProcess.INITIATOR;
import static app.tandem.payment.PaymentApprovalProcess.REQUEST_NUMBER;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises a payment request for another system (or anyone calling the API) and starts its
 * approval, in one transaction: either both happen or neither. The engine call runs as the
 * caller, so only roles allowed to start payment approval can.
 */
@Component
public class PaymentApprovalStarter {

  private final PaymentRequestService requests;
  private final RuntimeService runtime;

  PaymentApprovalStarter(PaymentRequestService requests, RuntimeService runtime) {
    this.requests = requests;
    this.runtime = runtime;
  }

  @Transactional
  public PaymentRequestService.Created start(PaymentRequestFields fields, String initiator, String idempotencyKey) {
    var created = requests.create(fields, initiator, idempotencyKey);
    if (created.created()) {
      String number = created.request().getNumber();
      runtime.startProcessInstanceByKey(PaymentApprovalProcess.KEY, number,
          Map.of(REQUEST_NUMBER.name(), number, INITIATOR.name(), initiator));
    }
    return created;
  }
}
