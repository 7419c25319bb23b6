package app.tandem.party.requisites;

import app.tandem.common.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a whole set of requisites and names each problem by the caller's field names, so the
 * counterparty API ({@code inn}) and the payment request ({@code contractorInn}) report on the
 * fields their users typed.
 */
public final class RequisitesCheck {

  private final List<FieldProblem> problems = new ArrayList<>();

  private RequisitesCheck() {
  }

  public static RequisitesCheck start() {
    return new RequisitesCheck();
  }

  public RequisitesCheck inn(String field, String value, boolean required) {
    return check(field, "INN", value, required, Requisites.checkInn(blankToEmpty(value)).orElse(null));
  }

  public RequisitesCheck kpp(String field, String value, boolean required) {
    return check(field, "KPP", value, required, isBlank(value) ? null : Requisites.checkKpp(value).orElse(null));
  }

  public RequisitesCheck bik(String field, String value, boolean required) {
    return check(field, "BIK", value, required, isBlank(value) ? null : Requisites.checkBik(value).orElse(null));
  }

  public RequisitesCheck settlementAccount(String field, String value, String bik, boolean required) {
    return check(field, "Settlement account", value, required,
        isBlank(value) ? null : Requisites.checkSettlementAccount(value, blankToNull(bik)).orElse(null));
  }

  public RequisitesCheck correspondentAccount(String field, String value, String bik, boolean required) {
    return check(field, "Correspondent account", value, required,
        isBlank(value) ? null : Requisites.checkCorrespondentAccount(value, blankToNull(bik)).orElse(null));
  }

  public RequisitesCheck email(String field, String value, boolean required) {
    String problem = isBlank(value) || value.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") ? null
        : "E-mail address is not valid";
    return check(field, "E-mail", value, required, problem);
  }

  /** Adds a problem found elsewhere (e.g. a required name). */
  public RequisitesCheck problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
    return this;
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  private RequisitesCheck check(String field, String label, String value, boolean required, String problem) {
    if (isBlank(value)) {
      if (required) {
        problems.add(new FieldProblem(field, label + " is required"));
      }
    } else if (problem != null) {
      problems.add(new FieldProblem(field, problem));
    }
    return this;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.trim();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value.trim();
  }
}
