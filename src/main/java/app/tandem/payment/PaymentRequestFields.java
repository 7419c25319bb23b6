package app.tandem.payment;

import app.tandem.common.input.Fingerprint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /**
   * The fields as the caller sent them (normalized), as a SHA-256 fingerprint: a repeat with the same
   * idempotency key must send exactly these again.
   */
  public String fingerprint() {
    var f = normalized();
    return Fingerprint.of(Stream.of(f.purpose(), f.category(), f.contractorInn(), f.contractorName(),
            f.invoiceNumber(), f.invoiceDate(), f.amount() == null ? null : f.amount().stripTrailingZeros().toPlainString(),
            f.currency(), f.payBy(), f.kpp(), f.bik(), f.settlementAccount(), f.correspondentAccount(), f.bankName(),
            f.paymentPurpose(), f.contractorEmail())
        .map(value -> value == null ? "" : value.toString().replace("\u001f", " "))
        .collect(Collectors.joining("\u001f")));
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
