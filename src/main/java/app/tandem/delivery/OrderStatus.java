package app.tandem.delivery;

/** Where an order stands on its way to the customer. */
public enum OrderStatus {
  /** Received, being prioritised and checked. */
  NEW,
  /** The customer is on credit hold: the head of sales decides. */
  ON_HOLD,
  /** The receiver's power of attorney is missing or expires before delivery: the manager obtains one. */
  WAITING_FOR_POA,
  /** Checked, waiting for the next daily delivery list. */
  READY,
  /** On an approved delivery list. */
  SCHEDULED,
  DELIVERED,
  /** The last delivery attempt failed; the order is re-planned. */
  FAILED,
  CANCELLED;

  public boolean isClosed() {
    return this == DELIVERED || this == CANCELLED;
  }
}
