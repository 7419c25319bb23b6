package app.tandem.delivery;

import app.tandem.identity.TandemGroup;
import java.util.Arrays;
import java.util.Optional;

/** The two sales teams that hand orders to the delivery service. */
public enum DeliveryTeam {
  NEW_CLIENTS(TandemGroup.SALES_NEW_CLIENTS, "New clients"),
  KEY_ACCOUNTS(TandemGroup.SALES_KEY_ACCOUNTS, "Key accounts");

  private final TandemGroup group;
  private final String displayName;

  DeliveryTeam(TandemGroup group, String displayName) {
    this.group = group;
    this.displayName = displayName;
  }

  public TandemGroup group() {
    return group;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<DeliveryTeam> parse(String text) {
    return text == null ? Optional.empty()
        : Arrays.stream(values()).filter(team -> team.name().equals(text.trim())).findFirst();
  }
}
