package app.tandem.delivery;

/** Where an order stands on its way to the customer. */
public enum OrderStatus {
  /** Received, being prioritised and checked. */
  NEW("New"),
  /** The customer is on credit hold: the head of sales decides. */
  ON_HOLD("On credit hold"),
  /** The receiver's power of attorney is missing or expires before delivery: the manager obtains one. */
  WAITING_FOR_POA("Waiting for a power of attorney"),
  /** Checked, waiting for the next daily delivery list. */
  READY("Ready for the next list"),
  /** On an approved delivery list. */
  SCHEDULED("Scheduled"),
  DELIVERED("Delivered"),
  /** The last delivery attempt failed; the order is re-planned. */
  FAILED("Delivery failed, re-planned"),
  CANCELLED("Cancelled");

  private final String label;

  OrderStatus(String label) {
    this.label = label;
  }

  /** As people read it (the API keeps the names). */
  public String label() {
    return label;
  }

  public boolean isClosed() {
    return this == DELIVERED || this == CANCELLED;
  }
}
