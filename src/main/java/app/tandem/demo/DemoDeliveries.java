package app.tandem.demo;

import static app.tandem.demo.DemoCompanies.*;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.engine.ServerSide;
import app.tandem.common.time.BusinessTimeZone;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import app.tandem.delivery.DeliverySchedule;
import app.tandem.delivery.OrderData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Delivery in the demo: today's deliveries from yesterday's approved list, tomorrow's list to approve, one order on
 * credit hold, one waiting for a power of attorney.
 */
final class DemoDeliveries {

  private final ProcessEngine engine;
  private final DeliveryPrioritisationStarter orders;
  private final DeliveryPlanning planning;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final BusinessTimeZone zone;
  private final DemoStaff staff;

  DemoDeliveries(ProcessEngine engine, DeliveryPrioritisationStarter orders, DeliveryPlanning planning,
      WorkingDayCalendar calendar, Clock clock, BusinessTimeZone zone, DemoStaff staff) {
    this.engine = engine;
    this.orders = orders;
    this.planning = planning;
    this.calendar = calendar;
    this.clock = clock;
    this.zone = zone;
    this.staff = staff;
  }

  void seed(LocalDate today) {
    var deliveryDay = calendar.onOrAfter(today);
    var nextDay = calendar.plusWorkingDays(deliveryDay, 1);

    // yesterday's list, approved by svetlana: dmitry delivers today
    var first = order("ORD-2026-1450", VOLGA, "KEY_ACCOUNTS", "boris", "640000.00", deliveryDay, "Pallets of tiles, 18 pcs",
        "1650", "Самара, ул. Заводская, 12", "Samara", false, true);
    var second = order("ORD-2026-1451", KAZAN_TRADE, "NEW_CLIENTS", "anna", "118000.00", deliveryDay,
        "Office furniture set", "420", "Казань, ул. Баумана, 7", "Kazan", true, false);
    var third = order("ORD-2026-1452", ROMASHKA, "NEW_CLIENTS", "anna", "86000.00", deliveryDay, "Shelving, 6 sections",
        "380", "Москва, Варшавское ш., 118", "Moscow-South", false, false);
    var todaysList = deliveryList(deliveryDay);
    staff.submit(todaysList, "svetlana", Map.of());
    staff.advance(todaysList, Set.of());
    for (var instance : List.of(first, second, third)) {
      staff.advance(instance, Set.of());
    }
    if (deliveryDay.equals(today)) {
      // one is already handed over (a few minutes ago: nothing is recorded as delivered in the future)
      var handedOver = java.time.ZonedDateTime.now(clock).withZoneSameInstant(zone.zone()).minusMinutes(20)
          .toLocalDateTime().withSecond(0).withNano(0);
      staff.submit(third, "dmitry", Map.of("deliveryOutcome", "DELIVERED", "deliveredAt", handedOver.toString(),
          "signedDocuments", true));
    }

    // ready for tomorrow's list, which svetlana approves today
    order("ORD-2026-1460", SIBSTROY, "KEY_ACCOUNTS", "boris", "1250000.00", nextDay, "Steel profiles, 2 t", "2000",
        "Новосибирск, ул. Станционная, 38", "Novosibirsk", false, true);
    order("ORD-2026-1461", TATPROM, "KEY_ACCOUNTS", "boris", "430000.00", nextDay, "Insulation rolls, 40 pcs", "900",
        "Казань, ул. Тэцевская, 4", "Kazan", false, false);
    order("ORD-2026-1462", MEBEL_STYLE, "NEW_CLIENTS", "anna", "74000.00", nextDay, "Desks, 8 pcs", "310",
        "Москва, ул. Профсоюзная, 56", "Moscow-South", true, false);
    order("ORD-2026-1463", PODMOSKOVIE, "NEW_CLIENTS", "anna", "39000.00", nextDay, "Paint, 60 cans", "540",
        "Подольск, ул. Комсомольская, 1", "Moscow-South", false, false);
    deliveryList(nextDay);

    // a new client's order without the receiver's power of attorney: anna obtains one
    var noPoa = new OrderData("ORD-2026-1470", OFFICE_PLUS.inn(), OFFICE_PLUS.name(), "NEW_CLIENTS",
        new BigDecimal("52000.00"), "RUB", nextDay, "Москва, ул. Новослободская, 23", "Moscow-North",
        "Office chairs, 20 pcs", new BigDecimal("260"), true, false, null, null, null, "anna", OFFICE_PLUS.email());
    staff.advance(orders.receive(noPoa, "anna").instance(), Set.of());

    // an order of the customer on credit hold (the legal case above): svetlana decides
    order("ORD-2026-1471", STROYMARKET, "KEY_ACCOUNTS", "boris", "275000.00", nextDay, "Cement, 5 t", "5000",
        "Москва, Дмитровское ш., 157", "Moscow-North", false, false);
  }

  private ProcessInstance order(String number, Company customer, String team, String manager, String value,
      LocalDate requested, String goods, String weightKg, String address, String zone, boolean firstDelivery,
      boolean latePenalty) {
    var data = new OrderData(number, customer.inn(), customer.name(), team, new BigDecimal(value), "RUB", requested,
        address, zone, goods, new BigDecimal(weightKg), firstDelivery, latePenalty, "Иван Петров",
        "Д-" + number.substring(number.length() - 4), requested.plusMonths(2), manager, customer.email());
    var instance = orders.receive(data, manager).instance();
    staff.advance(instance, Set.of());
    return instance;
  }

  /** The day's list as the 15:00 timer starts it: ranked, waiting for the head of sales. */
  private ProcessInstance deliveryList(LocalDate deliveryDate) {
    planning.prepare(deliveryDate);
    Map<String, Object> variables = new HashMap<>();
    variables.put(DeliveryListProcess.LIST_TITLE.name(), DeliverySchedule.title(deliveryDate));
    return ServerSide.call(() -> engine.getRuntimeService().createProcessInstanceByKey(DeliveryListProcess.KEY)
        .businessKey(DeliveryListProcess.BUSINESS_KEY_PREFIX + deliveryDate).setVariables(variables)
        .startBeforeActivity(DeliveryListProcess.APPROVE).execute());
  }

}
