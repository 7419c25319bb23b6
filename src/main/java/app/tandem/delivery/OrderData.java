package app.tandem.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order as the CRM or the Tasklist start form sends it. {@code team} is text so an unknown team
 * gets a clear message; {@code managerId} defaults to the caller when a sales manager sends it.
 */
public record OrderData(
    String orderNumber,
    String customerInn,
    String customerName,
    String team,
    BigDecimal value,
    String currency,
    LocalDate requestedDate,
    String address,
    String zone,
    String goods,
    BigDecimal weightKg,
    Boolean firstDelivery,
    Boolean latePenalty,
    String receiverName,
    String powerOfAttorneyNumber,
    LocalDate powerOfAttorneyValidUntil,
    String managerId,
    String customerEmail) {

  OrderData withManager(String manager) {
    return new OrderData(orderNumber, customerInn, customerName, team, value, currency, requestedDate, address, zone,
        goods, weightKg, firstDelivery, latePenalty, receiverName, powerOfAttorneyNumber, powerOfAttorneyValidUntil,
        manager, customerEmail);
  }
}
