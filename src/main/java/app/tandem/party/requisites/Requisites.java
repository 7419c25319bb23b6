package app.tandem.party.requisites;

import java.util.Optional;

/**
 * Russian company and bank requisites: one check per requisite, each answering the precise problem
 * in words a manager understands, or empty when the value is valid. A missing value is not checked
 * here (whether it is required depends on the form); callers report "required" themselves.
 *
 * <p>Control keys as published by the Federal Tax Service (INN) and the Bank of Russia (accounts):
 * see shared/testdata/requisites.md.
 */
public final class Requisites {

  private static final int[] INN10_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN12_WEIGHTS_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN12_WEIGHTS_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] ACCOUNT_WEIGHTS = {7, 1, 3};

  private Requisites() {
  }

  /** INN: 10 digits for an organisation, 12 for an individual entrepreneur, with control digits. */
  public static Optional<String> checkInn(String inn) {
    if (!inn.chars().allMatch(Character::isDigit)) {
      return Optional.of("INN must contain digits only");
    }
    if (inn.length() == 10) {
      return controlDigit(inn, INN10_WEIGHTS) == digit(inn, 9) ? Optional.empty()
          : Optional.of("INN control digit is wrong: check the number");
    }
    if (inn.length() == 12) {
      return controlDigit(inn, INN12_WEIGHTS_11) == digit(inn, 10) && controlDigit(inn, INN12_WEIGHTS_12) == digit(inn, 11)
          ? Optional.empty() : Optional.of("INN control digits are wrong: check the number");
    }
    return Optional.of("INN must have 10 digits (organisation) or 12 digits (individual entrepreneur), not "
        + inn.length());
  }

  /** KPP: 4 digits, 2 digits or capital Latin letters, 3 digits. */
  public static Optional<String> checkKpp(String kpp) {
    if (kpp.length() != 9) {
      return Optional.of("KPP must have 9 characters, not " + kpp.length());
    }
    return kpp.matches("\\d{4}[0-9A-Z]{2}\\d{3}") ? Optional.empty()
        : Optional.of("KPP must be 4 digits, then 2 digits or capital Latin letters, then 3 digits (e.g. 773601001)");
  }

  /** BIK: 9 digits of a Russian bank (starting with the country code 04). */
  public static Optional<String> checkBik(String bik) {
    if (!bik.chars().allMatch(Character::isDigit)) {
      return Optional.of("BIK must contain digits only");
    }
    if (bik.length() != 9) {
      return Optional.of("BIK must have 9 digits, not " + bik.length());
    }
    return bik.startsWith("04") ? Optional.empty()
        : Optional.of("BIK must start with 04, the code of Russia");
  }

  /** A settlement account at the bank with this BIK (20 digits, control key over BIK and account). */
  public static Optional<String> checkSettlementAccount(String account, String bik) {
    Optional<String> format = accountFormat("Settlement account", account);
    if (format.isPresent() || bik == null || checkBik(bik).isPresent()) {
      return format; // the key needs a valid BIK; the BIK's own problem is reported on the BIK
    }
    String prefix = isSettlementCentre(bik) ? "0" + bik.substring(4, 6) : bik.substring(6, 9);
    return controlKeyHolds(prefix + account) ? Optional.empty()
        : Optional.of("Settlement account does not match the BIK " + bik + ": check both numbers");
  }

  /** The correspondent account of the bank with this BIK (20 digits starting 301, control key). */
  public static Optional<String> checkCorrespondentAccount(String account, String bik) {
    Optional<String> format = accountFormat("Correspondent account", account);
    if (format.isPresent()) {
      return format;
    }
    if (!account.startsWith("301")) {
      return Optional.of("Correspondent account must start with 301");
    }
    if (bik == null || checkBik(bik).isPresent()) {
      return Optional.empty();
    }
    // the key covers only the BIK's region digits; the account also ends with the BIK's last three
    boolean matches = account.endsWith(bik.substring(6)) && controlKeyHolds("0" + bik.substring(4, 6) + account);
    return matches ? Optional.empty()
        : Optional.of("Correspondent account does not match the BIK " + bik + ": check both numbers");
  }

  private static Optional<String> accountFormat(String name, String account) {
    if (!account.chars().allMatch(Character::isDigit)) {
      return Optional.of(name + " must contain digits only");
    }
    if (account.length() != 20) {
      return Optional.of(name + " must have 20 digits, not " + account.length());
    }
    return Optional.empty();
  }

  /** Accounts at a Bank of Russia settlement centre: BIK digits 7–8 are "00". */
  private static boolean isSettlementCentre(String bik) {
    return bik.startsWith("00", 6);
  }

  private static boolean controlKeyHolds(String digits23) {
    int sum = 0;
    for (int i = 0; i < digits23.length(); i++) {
      sum += digit(digits23, i) * ACCOUNT_WEIGHTS[i % 3];
    }
    return sum % 10 == 0;
  }

  private static int controlDigit(String number, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digit(number, i) * weights[i];
    }
    return sum % 11 % 10;
  }

  private static int digit(String number, int index) {
    return number.charAt(index) - '0';
  }
}
