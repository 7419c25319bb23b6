package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliveryPrioritisationProcess;
import app.tandem.delivery.OrderService;
import app.tandem.delivery.OrderStatus;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Delivery prioritisation through the real Tasklist, every task of it: anna places a new client's order
 * without the receiver's power of attorney and obtains one, boris places an order for a customer on credit
 * hold and svetlana releases it, svetlana approves the ranked list moving boris's order to the top, and the
 * next morning dmitry delivers one order (date, time, signed documents) while the other fails and is
 * re-planned. The job executor runs as in production; the list's 15:00 timer and the next morning are
 * brought forward by the journey.
 */
@TandemSpringTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class DeliveryJourney {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateTimeFormatter OFFICE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;
  @Autowired
  OrderService orders;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  RepositoryService repository;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  CounterpartyDirectory directory;

  @Test
  @Covers({"delivery-prioritisation", "delivery-prioritisation/Task_ObtainPowerOfAttorney",
      "delivery-prioritisation/Task_ReleaseOrder", "delivery-list/Task_ApproveDeliveryList",
      "delivery-prioritisation/Task_DeliverOrder"})
  void ordersWaitForAPowerOfAttorneyAndAHoldTheListIsReorderedOneIsDeliveredOneFails() throws Exception {
    // the office day: today, or the last working day when the journey runs on a day off (its 15:00 list skips
    // those); never a later day, whose clock would let the job executor fire the list timers due meanwhile
    LocalDate officeDay = calendar.today();
    while (!calendar.isWorkingDay(officeDay)) {
      officeDay = officeDay.minusDays(1);
    }
    var since = Date.from(officeDay.atTime(10, 0).atZone(MOSCOW).toInstant());
    LocalDate deliveryDay = calendar.plusWorkingDays(officeDay, 1);
    String annas = "ORD-NC-0101";
    String boriss = "ORD-KA-0202";
    String heldCustomer = RequisitesFixtures.inn("771700002");
    directory.ensureCustomer(heldCustomer, "Volga Retail JSC", null);
    directory.holdCredit(heldCustomer, true, "Invoice INV-2026-0600 is 50 days overdue", "svetlana");
    ClockUtil.setCurrentTime(since);
    try (var browser = new Browser(port)) {
      // anna: a new client's first delivery, the receiver's power of attorney still to come
      browser.logIn("tasklist", "anna", "anna");
      browser.startForm("Delivery prioritisation");
      placeOrder(browser, annas, "New clients", RequisitesFixtures.inn("771700001"), "Sever Trade LLC", "380000",
          deliveryDay, "Moscow-North", "42", true, false);
      browser.screenshot("delivery-1-anna-order");
      browser.start();
      Browser.await(() -> orders.find(annas).map(o -> o.getStatus() == OrderStatus.WAITING_FOR_POA).orElse(false),
          "anna's order to wait for the power of attorney");
      browser.openTask("My orders", "Obtain power of attorney");
      browser.waitUntil(driver -> browser.formText().contains(annas));
      browser.fill("receiverName", "Ivan Petrov");
      browser.fill("powerOfAttorneyNumber", "POA-" + annas);
      browser.fill("powerOfAttorneyValidUntil", deliveryDay.plusMonths(1).format(OFFICE_DATE));
      browser.screenshot("delivery-2-obtain-poa");
      browser.completeTask();
      Browser.await(() -> orders.get(annas).getStatus() == OrderStatus.READY, "anna's order to be ready");
      browser.logOut();

      // boris: an order for a customer on credit hold
      browser.logIn("tasklist", "boris", "boris");
      browser.startForm("Delivery prioritisation");
      placeOrder(browser, boriss, "Key accounts", heldCustomer, "Volga Retail JSC", "380000", deliveryDay,
          "Moscow-East", "960", false, true);
      browser.start();
      Browser.await(() -> orders.find(boriss).map(o -> o.getStatus() == OrderStatus.ON_HOLD).orElse(false),
          "boris's order on hold");
      browser.logOut();

      // svetlana reads why the customer is on hold and releases this order
      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.openTask("Orders on hold", "Release order on credit hold?");
      browser.claim();
      assertThat(browser.formText()).contains("Invoice INV-2026-0600 is 50 days overdue");
      browser.choose("holdDecision", "Release: deliver despite the credit hold");
      browser.completeTask();
      assertThat(browser.awaitErrorAt("comment")).isEqualTo("Comment is required");
      browser.fill("comment", "Paid by bank guarantee; deliver this one");
      browser.screenshot("delivery-3-release");
      browser.completeTask();
      Browser.await(() -> orders.get(boriss).getStatus() == OrderStatus.READY, "boris's order to be ready");

      // 15:00: the list for the next working day is made; svetlana moves boris's order to the top
      var timer = management.createJobQuery().processDefinitionKey(DeliveryListProcess.KEY).timers().singleResult();
      management.executeJob(timer.getId());
      browser.openTask("Delivery list to approve", "Approve delivery list for");
      browser.claim();
      String table = browser.waitVisible(By.cssSelector("table[data-table='deliveryList']")).getText();
      assertThat(table.indexOf(annas)).as(table).isNotNegative().isLessThan(table.indexOf(boriss));
      assertThat(table).contains("first delivery to a new client");
      browser.fill("capacityOrders", "8");
      browser.addRow("moves", Map.of("order", boriss, "newRank", "1", "reason", "Customer's shop opens at 9"));
      browser.screenshot("delivery-4-approve-list");
      browser.completeTask();
      Browser.await(() -> orders.get(boriss).getStatus() == OrderStatus.SCHEDULED
          && tasks.createTaskQuery().taskDefinitionKey(DeliveryPrioritisationProcess.DELIVER).count() == 2,
          "the scheduled deliveries");
      browser.logOut();
      assertThat(orders.get(boriss).getDeliveryRank()).isEqualTo(1);
      assertThat(orders.get(annas).getDeliveryRank()).isEqualTo(2);

      // the next morning dmitry delivers in the list's order
      ClockUtil.setCurrentTime(Date.from(deliveryDay.atTime(11, 45).atZone(MOSCOW).toInstant()));
      browser.logIn("tasklist", "dmitry", "dmitry");
      browser.click(By.xpath("//*[contains(@class, 'task-filter')]//a[contains(normalize-space(.), \"Today's deliveries\")]"));
      browser.waitUntil(driver -> {
        String list = driver.findElement(By.cssSelector(".tasks-list")).getText();
        return list.contains(annas) && list.contains(boriss);
      });
      String list = browser.waitVisible(By.cssSelector(".tasks-list")).getText();
      assertThat(list.indexOf(boriss)).as(list).isLessThan(list.indexOf(annas));
      browser.screenshot("delivery-5-todays-deliveries");

      openDelivery(browser, boriss);
      browser.choose("deliveryOutcome", "Delivered");
      browser.fillDateTime("deliveredAt", deliveryDay.format(OFFICE_DATE), "10:30");
      browser.tick("signedDocuments");
      browser.screenshot("delivery-6-delivered");
      browser.completeTask();
      Browser.await(() -> orders.get(boriss).getStatus() == OrderStatus.DELIVERED, "boris's delivery");

      openDelivery(browser, annas);
      browser.choose("deliveryOutcome", "Failed");
      browser.fill("failureReason", "Nobody at the warehouse gate");
      browser.screenshot("delivery-7-failed");
      browser.completeTask();
      Browser.await(() -> orders.get(annas).getFailedDeliveries() == 1, "anna's failed delivery");
      // the mails are sent after commit on another thread, and only while they are due by the office clock
      Browser.await(() -> smtp.getReceivedMessages().length >= 4, "the managers' mails");
    } finally {
      ClockUtil.reset();
    }
    assertThat(orders.get(boriss).getDeliveredAt()).isEqualTo(deliveryDay.atTime(10, 30).atZone(MOSCOW).toInstant());
    assertThat(orders.get(boriss).getSignedDocuments()).isTrue();
    assertThat(orders.get(annas).getFailureReason()).isEqualTo("Nobody at the warehouse gate");
    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject())
        .contains("Order " + annas + " is scheduled for delivery on "
            + app.tandem.delivery.DeliverySchedule.title(deliveryDay));
    Journeys.assertCovered(getClass(), "ordersWaitForAPowerOfAttorneyAndAHoldTheListIsReorderedOneIsDeliveredOneFails",
        since, history, repository);
  }

  private void placeOrder(Browser browser, String number, String team, String inn, String customer, String value,
      LocalDate requested, String zone, String weight, boolean firstDelivery, boolean withPowerOfAttorney) {
    browser.fill("orderNumber", number);
    browser.choose("team", team);
    browser.fill("value", value);
    browser.fill("weightKg", weight);
    browser.fill("requestedDate", requested.format(OFFICE_DATE));
    browser.fill("goods", "Office paper A4, " + weight + " kg on pallets");
    if (firstDelivery) {
      browser.tick("firstDelivery");
    }
    browser.fill("customerInn", inn);
    browser.fill("customerName", customer);
    browser.fill("address", "12 Lenina Street, Moscow");
    browser.fill("zone", zone);
    if (withPowerOfAttorney) {
      browser.fill("receiverName", "Ivan Petrov");
      browser.fill("powerOfAttorneyNumber", "POA-" + number);
      browser.fill("powerOfAttorneyValidUntil", requested.plusMonths(1).format(OFFICE_DATE));
    }
  }

  private static void openDelivery(Browser browser, String number) {
    browser.click(By.xpath("//*[contains(@class, 'tasks-list')]//li[contains(normalize-space(.), '" + number
        + "')]//a[contains(normalize-space(.), 'Deliver order')]"));
    browser.waitUntil(driver -> browser.formText().contains(number));
    browser.claim();
  }
}
