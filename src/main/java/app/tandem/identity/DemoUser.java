package app.tandem.identity;

import static app.tandem.identity.TandemGroup.ACCOUNTING;
import static app.tandem.identity.TandemGroup.DELIVERY;
import static app.tandem.identity.TandemGroup.FINANCE;
import static app.tandem.identity.TandemGroup.LEGAL;
import static app.tandem.identity.TandemGroup.SALES_HEADS;
import static app.tandem.identity.TandemGroup.SALES_KEY_ACCOUNTS;
import static app.tandem.identity.TandemGroup.SALES_MANAGERS;
import static app.tandem.identity.TandemGroup.SALES_NEW_CLIENTS;

import java.util.List;
import java.util.Set;

/**
 * The demo profile's staff, one role each (the sales managers also belong to their team).
 * Their passwords equal their user ids; they never exist in the {@code prod} profile. The
 * administrator {@code admin} is created from {@code tandem.admin.*}.
 */
public record DemoUser(String id, String firstName, String lastName, String role, Set<TandemGroup> groups) {

  public static final List<DemoUser> ALL = List.of(
      new DemoUser("anna", "Anna", "Smirnova", "Sales manager, new-clients team",
          Set.of(SALES_MANAGERS, SALES_NEW_CLIENTS)),
      new DemoUser("boris", "Boris", "Kuznetsov", "Sales manager, key-accounts team",
          Set.of(SALES_MANAGERS, SALES_KEY_ACCOUNTS)),
      new DemoUser("svetlana", "Svetlana", "Popova", "Head of sales", Set.of(SALES_HEADS)),
      new DemoUser("olga", "Olga", "Volkova", "Accountant", Set.of(ACCOUNTING)),
      new DemoUser("fedor", "Fedor", "Morozov", "Finance director", Set.of(FINANCE)),
      new DemoUser("lev", "Lev", "Sokolov", "Lawyer", Set.of(LEGAL)),
      new DemoUser("dmitry", "Dmitry", "Lebedev", "Delivery dispatcher", Set.of(DELIVERY)));

  public String email() {
    return id + "@tandem.example";
  }
}
