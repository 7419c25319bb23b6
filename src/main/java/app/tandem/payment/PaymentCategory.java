package app.tandem.payment;

/** What a payment is for, as the approval rules (DMN payment-approvers) see it; the API keeps the names. */
public enum PaymentCategory {
  GOODS("Goods"),
  SERVICES("Services"),
  LOGISTICS("Logistics"),
  MARKETING("Marketing"),
  OTHER("Other");

  private final String label;

  PaymentCategory(String label) {
    this.label = label;
  }

  /** As people read it. */
  public String label() {
    return label;
  }
}
