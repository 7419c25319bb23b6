package app.tandem.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Everything a manager fills in on a payment request; the JSON field names of the API. */
public record PaymentRequestFields(
    String purpose,
    PaymentCategory category,
    String contractorInn,
    String contractorName,
    String invoiceNumber,
    LocalDate invoiceDate,
    BigDecimal amount,
    String currency,
    LocalDate payBy,
    String kpp,
    String bik,
    String settlementAccount,
    String correspondentAccount,
    String bankName,
    String paymentPurpose,
    String contractorEmail) {

  /** Blank strings become null and the rest are trimmed, so "  " never counts as filled in. */
  public PaymentRequestFields normalized() {
    return new PaymentRequestFields(clean(purpose), category, clean(contractorInn), clean(contractorName),
        clean(invoiceNumber), invoiceDate, amount, clean(currency) == null ? null : clean(currency).toUpperCase(),
        payBy, clean(kpp), clean(bik), clean(settlementAccount), clean(correspondentAccount), clean(bankName),
        clean(paymentPurpose), clean(contractorEmail));
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
