package app.tandem.debt;

/** Where a customer invoice stands; the API shows these names, people read the labels. */
public enum ReceivableStatus {
  /** Not yet due (not one of the escalation's statuses: the invoice is simply open). */
  NOT_DUE("Not yet due"),
  OVERDUE("Overdue"),
  CONTACTING("Manager contacting the customer"),
  PROMISED("Payment promised"),
  ESCALATED("Escalated to the head of sales"),
  IN_LEGAL("With legal"),
  RESTRUCTURED("Restructured (payment schedule)"),
  SETTLED("Settled"),
  WRITTEN_OFF("Written off");

  private final String label;

  ReceivableStatus(String label) {
    this.label = label;
  }

  /** As people read it. */
  public String label() {
    return label;
  }

  /** Whether the invoice is finished with: nothing more is collected or escalated. */
  public boolean isClosed() {
    return this == SETTLED || this == WRITTEN_OFF;
  }
}
