package app.tandem.party.requisites;

/** Valid requisites built for tests: control digits computed, so every test can have its own counterparty. */
public final class RequisitesFixtures {

  private static final int[] INN10_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

  private RequisitesFixtures() {
  }

  /** A valid organisation INN starting with these 9 digits (the 10th is the control digit). */
  public static String inn(String first9) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (first9.charAt(i) - '0') * INN10_WEIGHTS[i];
    }
    return first9 + (sum % 11 % 10);
  }

  /** A valid settlement account at the bank with this BIK: the key digit (9th) is computed. */
  public static String settlementAccount(String bik, String first8, String last11) {
    for (int key = 0; key <= 9; key++) {
      String account = first8 + key + last11;
      if (Requisites.checkSettlementAccount(account, bik).isEmpty()) {
        return account;
      }
    }
    throw new IllegalStateException("no control key fits");
  }
}
