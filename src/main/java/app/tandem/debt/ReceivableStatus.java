package app.tandem.debt;

/** Where a customer invoice stands; the API shows these names. */
public enum ReceivableStatus {
  /** Not yet due (not one of the escalation's statuses: the invoice is simply open). */
  NOT_DUE,
  OVERDUE,
  CONTACTING,
  PROMISED,
  ESCALATED,
  IN_LEGAL,
  RESTRUCTURED,
  SETTLED,
  WRITTEN_OFF;

  /** Whether the invoice is finished with: nothing more is collected or escalated. */
  public boolean isClosed() {
    return this == SETTLED || this == WRITTEN_OFF;
  }
}
