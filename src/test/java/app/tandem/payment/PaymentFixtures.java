package app.tandem.payment;

import static app.tandem.payment.PaymentApprovalProcess.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

/** Payment requests as the sales manager raises and completes them: the draft's fields and the completed form. */
public final class PaymentFixtures {

  public static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private PaymentFixtures() {
  }

  /** The draft a manager raises: what for, from whom, how much, by when. */
  public static PaymentRequestFields draft(String contractor, String amount) {
    return new PaymentRequestFields("Pallets", PaymentCategory.GOODS, contractor, null, null, null,
        new BigDecimal(amount), "RUB", LocalDate.now().plusDays(20), null, null, null, null, null, null, null);
  }

  /** The "Complete payment request" form, filled in: requisites, invoice and its file. */
  public static Map<String, Object> completedRequest(String contractor, int i, String amount) {
    var form = new HashMap<String, Object>();
    form.put(PURPOSE.name(), "Pallets, lot " + i);
    form.put(CATEGORY.name(), "GOODS");
    form.put(CONTRACTOR_INN.name(), contractor);
    form.put(CONTRACTOR_NAME.name(), "ООО «Паллет-Сервис»");
    form.put(INVOICE_NUMBER.name(), "PS-" + i);
    form.put(INVOICE_DATE.name(), LocalDate.now().minusDays(1).toString());
    form.put(AMOUNT.name(), amount);
    form.put(CURRENCY.name(), "RUB");
    form.put(PAY_BY.name(), LocalDate.now().plusDays(20).toString());
    form.put(KPP.name(), "773601001");
    form.put(BIK.name(), "044525225");
    form.put(SETTLEMENT_ACCOUNT.name(), "40702810303800000001");
    form.put(CORRESPONDENT_ACCOUNT.name(), "30101810400000000225");
    form.put(BANK_NAME.name(), "PAO Sberbank");
    form.put(PAYMENT_PURPOSE.name(), "Payment for invoice PS-" + i + ", VAT included");
    form.put(CONTRACTOR_EMAIL.name(), "buh@pallet.example");
    form.put(INVOICE_FILE.name(), Variables.fileValue("invoice-" + i + ".pdf").file(PDF).mimeType("application/pdf")
        .create());
    return form;
  }
}
