package app.tandem.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Tandem, one Camunda group each. The ids are also the Spring Security authorities of
 * API callers, so {@code @PreAuthorize} checks use the {@link Ids} constants.
 */
public enum TandemGroup {
  SALES_MANAGERS(Ids.SALES_MANAGERS, "Sales managers"),
  SALES_NEW_CLIENTS(Ids.SALES_NEW_CLIENTS, "Sales — new-clients team"),
  SALES_KEY_ACCOUNTS(Ids.SALES_KEY_ACCOUNTS, "Sales — key-accounts team"),
  SALES_HEADS(Ids.SALES_HEADS, "Heads of sales"),
  ACCOUNTING(Ids.ACCOUNTING, "Accounting"),
  FINANCE(Ids.FINANCE, "Finance"),
  LEGAL(Ids.LEGAL, "Legal"),
  DELIVERY(Ids.DELIVERY, "Delivery service"),
  ADMINISTRATORS(Ids.ADMINISTRATORS, "Administrators");

  /** Group ids as compile-time constants, for annotations. */
  public static final class Ids {
    public static final String SALES_MANAGERS = "sales-managers";
    public static final String SALES_NEW_CLIENTS = "sales-new-clients";
    public static final String SALES_KEY_ACCOUNTS = "sales-key-accounts";
    public static final String SALES_HEADS = "sales-heads";
    public static final String ACCOUNTING = "accounting";
    public static final String FINANCE = "finance";
    public static final String LEGAL = "legal";
    public static final String DELIVERY = "delivery";
    /** Camunda's administrators group: full access to every resource and webapp. */
    public static final String ADMINISTRATORS = "camunda-admin";

    private Ids() {
    }
  }

  private final String id;
  private final String displayName;

  TandemGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Camunda group type: administrators are a system group, the rest are workflow roles. */
  public String camundaType() {
    return this == ADMINISTRATORS ? "SYSTEM" : "WORKFLOW";
  }

  /** The business roles: everyone who works in Tasklist. */
  public boolean isBusinessRole() {
    return this != ADMINISTRATORS;
  }

  public static Optional<TandemGroup> byId(String id) {
    return Arrays.stream(values()).filter(group -> group.id.equals(id)).findFirst();
  }
}
