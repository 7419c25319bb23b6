package app.tandem.payment.form;

import static app.tandem.payment.PaymentApprovalProcess.*;

import app.tandem.common.form.FormInput;
import app.tandem.common.form.FormView;
import app.tandem.common.form.StartForm;
import app.tandem.common.form.StartFormHandler;
import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentRequestFields;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;

/** Tasklist's start form of payment approval: what for, to whom, how much, by when; the rest on the next step. */
@Component
class PaymentRequestStartForm implements StartFormHandler {

  private final PaymentApprovalStarter starter;

  PaymentRequestStartForm(PaymentApprovalStarter starter) {
    this.starter = starter;
  }

  @Override
  public StartForm form() {
    return START_FORM;
  }

  @Override
  public FormView view() {
    return FormView.create().put(CURRENCY, "RUB");
  }

  @Override
  public ProcessInstanceWithVariables start(String actor, FormInput input) {
    input.refuseIfProblems();
    var fields = new PaymentRequestFields(input.get(PURPOSE), input.get(CATEGORY), input.get(CONTRACTOR_INN), null,
        null, null, input.get(AMOUNT), input.get(CURRENCY), input.get(PAY_BY), null, null, null, null, null, null, null);
    return starter.start(fields, actor, null).instance();
  }
}
