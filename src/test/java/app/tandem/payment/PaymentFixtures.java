package app.tandem.payment;

import static app.tandem.payment.PaymentApprovalProcess.*;

import app.tandem.party.BankRequisites;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

/** Payment requests as the sales manager raises and completes them: the draft's fields and the completed form. */
public final class PaymentFixtures {

  public static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  public static final BankRequisites SBERBANK =
      new BankRequisites("044525225", "40702810303800000001", "30101810400000000225", "PAO Sberbank");

  private PaymentFixtures() {
  }

  /** The draft a manager raises: what for, from whom, how much, by when. */
  public static PaymentRequestFields draft(String contractor, String amount) {
    return new PaymentRequestFields("Pallets", PaymentCategory.GOODS, contractor, null, null, null,
        new BigDecimal(amount), "RUB", LocalDate.now().plusDays(20), null, null, null, null, null, null, null);
  }

  /** What a request needs at least, raised {@code today}: what for, from whom, how much, pay by in ten days. */
  public static PaymentRequestFields minimum(String contractorInn, String amount, LocalDate today) {
    return new PaymentRequestFields("Office chairs for the Kazan branch", PaymentCategory.GOODS, contractorInn, null,
        null, null, new BigDecimal(amount), "RUB", today.plusDays(10), null, null, null, null, null, null, null);
  }

  /** A request with everything the check before approval wants, as CRM or 1C send it (Sberbank requisites). */
  public static PaymentRequestFields complete(String contractorInn, String invoiceNumber, String amount,
      LocalDate today) {
    return new PaymentRequestFields("Office chairs for the Kazan branch", PaymentCategory.GOODS, contractorInn,
        "Romashka LLC", invoiceNumber, today.minusDays(2), new BigDecimal(amount), "RUB", today.plusDays(10),
        "773601001", SBERBANK.bik(), SBERBANK.settlementAccount(), SBERBANK.correspondentAccount(), SBERBANK.bankName(),
        "Payment for invoice " + invoiceNumber + ", VAT included", "accounting@romashka.example");
  }

  /** The "Complete payment request" form, filled in: requisites, invoice and its file. */
  public static Map<String, Object> completedRequest(String contractor, int i, String amount) {
    return completedRequest(contractor, "PS-" + i, amount, LocalDate.now().minusDays(1), LocalDate.now().plusDays(20),
        "buh@pallet.example");
  }

  /**
   * The "Complete payment request" form as a manager fills it in for the contractor's invoice: Sberbank requisites,
   * the purpose naming the invoice, and the invoice's file ({@code invoice.pdf}).
   */
  public static Map<String, Object> completedRequest(String contractor, String invoiceNumber, String amount,
      LocalDate invoiceDate, LocalDate payBy, String contractorEmail) {
    var form = new HashMap<String, Object>();
    form.put(PURPOSE.name(), "Pallets, invoice " + invoiceNumber);
    form.put(CATEGORY.name(), "GOODS");
    form.put(CONTRACTOR_INN.name(), contractor);
    form.put(CONTRACTOR_NAME.name(), "ООО «Паллет-Сервис»");
    form.put(INVOICE_NUMBER.name(), invoiceNumber);
    form.put(INVOICE_DATE.name(), invoiceDate.toString());
    form.put(AMOUNT.name(), amount);
    form.put(CURRENCY.name(), "RUB");
    form.put(PAY_BY.name(), payBy.toString());
    form.put(KPP.name(), "773601001");
    form.put(BIK.name(), "044525225");
    form.put(SETTLEMENT_ACCOUNT.name(), "40702810303800000001");
    form.put(CORRESPONDENT_ACCOUNT.name(), "30101810400000000225");
    form.put(BANK_NAME.name(), "PAO Sberbank");
    form.put(PAYMENT_PURPOSE.name(), "Payment for invoice " + invoiceNumber + ", VAT included");
    form.put(CONTRACTOR_EMAIL.name(), contractorEmail);
    form.put(INVOICE_FILE.name(), Variables.fileValue("invoice.pdf").file(PDF).mimeType("application/pdf").create());
    return form;
  }
}
