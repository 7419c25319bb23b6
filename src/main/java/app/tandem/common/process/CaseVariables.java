package app.tandem.common.process;

/**
 * The variables every Tandem process sets so that Tasklist's columns show what a task is about.
 * Business data itself lives in Tandem's tables; these are display copies.
 */
public final class CaseVariables {

  /** The business key: payment request, invoice or order number. */
  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.of("caseNumber", String.class);
  /** The contractor's or customer's name. */
  public static final ProcessVariable<String> COUNTERPARTY_NAME =
      ProcessVariable.of("counterpartyName", String.class);
  /** The amount with its currency as people read it, e.g. {@code 1 250 000.00 RUB}. */
  public static final ProcessVariable<String> AMOUNT_DISPLAY =
      ProcessVariable.of("amountDisplay", String.class);

  private CaseVariables() {
  }
}
