package app.tandem.delivery;

import static app.tandem.party.requisites.RequisitesFixtures.inn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Orders for delivery tests: unique numbers and customer INNs across a test JVM. */
public final class DeliveryFixtures {

  private static final AtomicInteger SEQ = new AtomicInteger(300);

  private DeliveryFixtures() {
  }

  public static String nextInn() {
    return inn("7713" + String.format("%05d", SEQ.incrementAndGet()));
  }

  /** A routine key-accounts order of boris with a power of attorney valid for a month. */
  public static OrderData order(LocalDate requested) {
    int n = SEQ.incrementAndGet();
    return order("ORD-" + n, nextInn(), "Customer " + n + " LLC", "KEY_ACCOUNTS", "boris", requested);
  }

  /** A routine order of the team's manager with a power of attorney valid for a month after the requested date. */
  public static OrderData order(String number, String customerInn, String customerName, String team, String manager,
      LocalDate requested) {
    return new OrderData(number, customerInn, customerName, team, new BigDecimal("150000.00"), "RUB", requested,
        "12 Industrial Road, Moscow", "Moscow-North", "Pallets of paper, 12 pcs", new BigDecimal("480"), false, false,
        "Ivan Petrov", "POA-" + number, requested.plusMonths(1), manager,
        "orders-" + number.toLowerCase() + "@customer.example");
  }

  /** A new client's first delivery placed by anna. */
  public static OrderData firstDelivery(LocalDate requested) {
    var o = order(requested);
    return new OrderData(o.orderNumber(), o.customerInn(), o.customerName(), "NEW_CLIENTS", o.value(), o.currency(),
        o.requestedDate(), o.address(), "Moscow-South", o.goods(), new BigDecimal("120.5"), true, false,
        o.receiverName(), o.powerOfAttorneyNumber(), o.powerOfAttorneyValidUntil(), "anna", o.customerEmail());
  }

  public static OrderData withoutPowerOfAttorney(OrderData o) {
    return new OrderData(o.orderNumber(), o.customerInn(), o.customerName(), o.team(), o.value(), o.currency(),
        o.requestedDate(), o.address(), o.zone(), o.goods(), o.weightKg(), o.firstDelivery(), o.latePenalty(),
        null, null, null, o.managerId(), o.customerEmail());
  }

  public static OrderData withPowerOfAttorneyUntil(OrderData o, LocalDate validUntil) {
    return new OrderData(o.orderNumber(), o.customerInn(), o.customerName(), o.team(), o.value(), o.currency(),
        o.requestedDate(), o.address(), o.zone(), o.goods(), o.weightKg(), o.firstDelivery(), o.latePenalty(),
        o.receiverName(), o.powerOfAttorneyNumber(), validUntil, o.managerId(), o.customerEmail());
  }

  public static OrderData withLatePenalty(OrderData o) {
    return new OrderData(o.orderNumber(), o.customerInn(), o.customerName(), o.team(), o.value(), o.currency(),
        o.requestedDate(), o.address(), o.zone(), o.goods(), o.weightKg(), o.firstDelivery(), true,
        o.receiverName(), o.powerOfAttorneyNumber(), o.powerOfAttorneyValidUntil(), o.managerId(), o.customerEmail());
  }
}
