package app.tandem.demo;

import static app.tandem.demo.DemoCompanies.*;

import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentRequestFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Payment approval in the demo: one request at every status, each brought there by whoever would act. */
final class DemoPayments {

  private final PaymentApprovalStarter payments;
  private final DemoStaff staff;
  private LocalDate today;

  DemoPayments(PaymentApprovalStarter payments, DemoStaff staff) {
    this.payments = payments;
    this.staff = staff;
  }

  void seed(LocalDate today) {
    this.today = today;
    // Draft: anna has raised it and still has to complete it (the directory filled in the requisites)
    startPayment("anna", ROMASHKA, "Office chairs for the Kazan branch", PaymentCategory.GOODS, "86400.00",
        today.plusDays(7));

    // Sent for approval: svetlana approves
    var toApprove = startPayment("boris", MEBEL_STYLE, "Showroom furniture for the key-accounts office",
        PaymentCategory.GOODS, "248000.00", today.plusDays(5));
    complete(toApprove, "boris", MEBEL_STYLE, "МС-1187", today.minusDays(2), "Оплата по счёту № МС-1187, НДС включён");

    // Large: approved by the head of sales, now fedor (finance) approves
    var large = startPayment("anna", LOGIST, "Warehouse logistics, December", PaymentCategory.LOGISTICS,
        "1450000.00", today.plusDays(10));
    complete(large, "anna", LOGIST, "ЛП-2026/311", today.minusDays(3), "Оплата по счёту № ЛП-2026/311 за логистические услуги");
    decide(large, "svetlana", Map.of("approvalDecision", "APPROVE", "comment", "Within the logistics budget"));

    // Approved for payment, due today: olga pays it
    var toPay = startPayment("boris", PRINT, "Printed catalogues for the trade fair", PaymentCategory.MARKETING,
        "57300.00", today);
    complete(toPay, "boris", PRINT, "1442", today.minusDays(4), "Оплата по счёту № 1442 за печать каталогов, НДС включён");
    decide(toPay, "svetlana", Map.of("approvalDecision", "APPROVE"));

    // Paid
    var paid = startPayment("anna", OFFICE_PLUS, "Paper and toner, Q4", PaymentCategory.GOODS, "18950.50",
        today.plusDays(2));
    complete(paid, "anna", OFFICE_PLUS, "ОП-7781", today.minusDays(6), "Оплата по счёту № ОП-7781, НДС включён");
    decide(paid, "svetlana", Map.of("approvalDecision", "APPROVE"));
    staff.submit(paid, "olga", Map.of("paymentDecision", "PAY", "paymentOrderNumber", "1204",
        "paymentOrderDate", today.toString(), "paymentOrderFile", DemoStaff.pdf("payment-order-1204.pdf",
            "Payment order No. 1204", "Payee INN " + OFFICE_PLUS.inn(), "Amount: 18 950.50 RUB")));

    // Rejected
    var rejected = startPayment("boris", TECHNOSFERA, "Coffee machine for the office", PaymentCategory.OTHER,
        "145000.00", today.plusDays(3));
    complete(rejected, "boris", TECHNOSFERA, "ТС-55", today.minusDays(1), "Оплата по счёту № ТС-55");
    decide(rejected, "svetlana", Map.of("approvalDecision", "REJECT",
        "comment", "Not in this year's budget: ask again in January"));

    // Returned for correction: anna's completion task is back, the invoice still attached
    var returned = startPayment("anna", STROYMARKET, "Shelving for the new warehouse", PaymentCategory.GOODS,
        "312500.00", today.plusDays(8));
    complete(returned, "anna", STROYMARKET, "СМ-0093", today.minusDays(5), "Оплата по счёту № СМ-0093");
    decide(returned, "svetlana", Map.of("approvalDecision", "RETURN",
        "comment", "The invoice date on the scan is different: please correct it"));
  }

  private ProcessInstance startPayment(String manager, Company contractor, String purpose, PaymentCategory category,
      String amount, LocalDate payBy) {
    var fields = new PaymentRequestFields(purpose, category, contractor.inn(), null, null, null, new BigDecimal(amount),
        "RUB", payBy, null, null, null, null, null, null, null);
    return payments.start(fields, manager, null).instance();
  }

  private void complete(ProcessInstance request, String manager, Company contractor, String invoiceNumber,
      LocalDate invoiceDate, String paymentPurpose) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contractorName", contractor.name());
    values.put("kpp", contractor.kpp());
    values.put("invoiceNumber", invoiceNumber);
    values.put("invoiceDate", invoiceDate.toString());
    values.put("bik", contractor.requisites().bik());
    values.put("bankName", contractor.requisites().bankName());
    values.put("settlementAccount", contractor.requisites().settlementAccount());
    values.put("correspondentAccount", contractor.requisites().correspondentAccount());
    values.put("paymentPurpose", paymentPurpose);
    values.put("contractorEmail", contractor.email());
    values.put("invoiceFile", DemoStaff.pdf("invoice-" + invoiceNumber.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf",
        "Invoice " + invoiceNumber + " of " + invoiceDate, "Supplier INN " + contractor.inn(),
        "Bank account " + contractor.requisites().settlementAccount()));
    staff.submit(request, manager, values);
  }

  private void decide(ProcessInstance request, String approver, Map<String, Object> values) {
    staff.submit(request, approver, values);
  }

}
