package app.tandem.delivery;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery service's day ({@code tandem.delivery.*}), times in the business time zone. How orders
 * rank is in the DMN tables {@code delivery-priority} and {@code delivery-priority-class}.
 *
 * @param listTime when the head of sales gets the next working day's list (working days only)
 * @param capacityOrders how many orders the delivery service takes a day (the head may change it per list)
 * @param capacityWeightKg how many kilograms a day; 0 means weight does not limit
 * @param earlyDeliveryWorkingDays how many working days before the requested date an order may go out
 * @param lateCheckTime when, on the day after the requested date, an undelivered order is reported late
 * @param deliveryDayEnd when a delivery day ends: "Deliver order" is due then
 * @param holdRecheckWorkingDays how long an order kept waiting on credit hold waits before the head is asked again
 */
@ConfigurationProperties("tandem.delivery")
public record DeliveryProperties(
    @DefaultValue("15:00") LocalTime listTime,
    @DefaultValue("10") int capacityOrders,
    @DefaultValue("0") BigDecimal capacityWeightKg,
    @DefaultValue("3") int earlyDeliveryWorkingDays,
    @DefaultValue("09:00") LocalTime lateCheckTime,
    @DefaultValue("18:00") LocalTime deliveryDayEnd,
    @DefaultValue("1") int holdRecheckWorkingDays) {
}
