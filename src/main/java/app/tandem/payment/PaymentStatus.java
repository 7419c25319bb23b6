package app.tandem.payment;

/** Where a payment request stands; the names are part of the API. */
public enum PaymentStatus {
  DRAFT("Draft"),
  SENT_FOR_APPROVAL("Sent for approval"),
  APPROVED_FOR_PAYMENT("Approved for payment"),
  PAID("Paid"),
  REJECTED("Rejected");

  private final String label;

  PaymentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
