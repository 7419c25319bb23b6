package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.delivery.DeliveryListProcess;
import app.tandem.delivery.DeliveryPrioritisationProcess;
import app.tandem.delivery.OrderService;
import app.tandem.delivery.OrderStatus;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Delivery prioritisation through the real Tasklist: anna (new clients) and boris (key accounts) each
 * place an order on the start form, svetlana approves the ranked list for the next working day, and
 * dmitry delivers the orders in the list's order the next morning. The job executor runs as in
 * production; the list's 15:00 timer and the next morning are brought forward by the journey.
 */
@TandemSpringTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class DeliveryJourney {

  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");

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
  WorkingDayCalendar calendar;

  @Test
  void annaAndBorisPlaceOrdersSvetlanaApprovesTheRankedListDmitryDeliversInOrder() throws Exception {
    LocalDate deliveryDay = calendar.plusWorkingDays(calendar.today(), 1);
    String annas = "ORD-NC-0101";
    String boriss = "ORD-KA-0202";
    try (var browser = new Browser(port)) {
      browser.logIn("tasklist", "anna", "anna");
      placeOrder(browser, annas, "New clients", RequisitesFixtures.inn("771700001"), "Sever Trade LLC", "380000",
          deliveryDay, "Moscow-North", "42", true);
      browser.screenshot("delivery-1-anna-order");
      startProcess(browser);
      Browser.await(() -> orders.find(annas).map(o -> o.getStatus() == OrderStatus.READY).orElse(false), "anna's order");
      browser.logOut();

      browser.logIn("tasklist", "boris", "boris");
      placeOrder(browser, boriss, "Key accounts", RequisitesFixtures.inn("771700002"), "Volga Retail JSC", "380000",
          deliveryDay, "Moscow-East", "960", false);
      startProcess(browser);
      Browser.await(() -> orders.find(boriss).map(o -> o.getStatus() == OrderStatus.READY).orElse(false), "boris's order");
      browser.logOut();
      assertThat(orders.get(annas).getPriorityScore()).isGreaterThan(orders.get(boriss).getPriorityScore());

      // 15:00: the list for the next working day is made
      var timer = management.createJobQuery().processDefinitionKey(DeliveryListProcess.KEY).timers().singleResult();
      management.executeJob(timer.getId());

      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.openTask("Delivery list to approve", "Approve delivery list for");
      browser.click(By.xpath("//*[@ng-click='claim()' or contains(@class, 'claim')][contains(., 'Claim')]"));
      browser.waitUntil(driver -> driver.getPageSource().contains("Ranked orders"));
      String table = browser.waitVisible(By.cssSelector("[id$='-Table_DeliveryList']")).getText();
      assertThat(table.indexOf(annas)).as(table).isNotNegative().isLessThan(table.indexOf(boriss));
      assertThat(table).contains("first delivery to a new client");
      browser.screenshot("delivery-2-approve-list");
      browser.completeTask();
      Browser.await(() -> orders.get(boriss).getStatus() == OrderStatus.SCHEDULED
          && tasks.createTaskQuery().taskDefinitionKey(DeliveryPrioritisationProcess.DELIVER).count() == 2,
          "the scheduled deliveries");
      browser.logOut();
      assertThat(orders.get(annas).getDeliveryRank()).isEqualTo(1);
      assertThat(orders.get(boriss).getDeliveryRank()).isEqualTo(2);

      // the next morning dmitry delivers in the list's order
      ClockUtil.setCurrentTime(Date.from(deliveryDay.atTime(11, 45).atZone(MOSCOW).toInstant()));
      browser.logIn("tasklist", "dmitry", "dmitry");
      browser.click(By.xpath("//*[contains(@class, 'task-filter')]//a[contains(normalize-space(.), \"Today's deliveries\")]"));
      try {
        browser.waitUntil(driver -> !driver.findElement(By.cssSelector(".tasks-list")).getText().contains("Loading"));
      } finally {
        browser.screenshot("delivery-3-todays-deliveries");
      }
      browser.waitUntil(driver -> {
        String list = driver.findElement(By.cssSelector(".tasks-list")).getText();
        return list.contains(annas) && list.contains(boriss);
      });
      String list = browser.waitVisible(By.cssSelector(".tasks-list")).getText();
      assertThat(list.indexOf(annas)).as(list).isLessThan(list.indexOf(boriss));
      browser.screenshot("delivery-3-todays-deliveries");
      deliver(browser, annas, deliveryDay, "10:30", "delivery-4-deliver-first");
      Browser.await(() -> orders.get(annas).getStatus() == OrderStatus.DELIVERED, "anna's delivery");
      deliver(browser, boriss, deliveryDay, "11:30", "delivery-5-deliver-second");
      Browser.await(() -> orders.get(boriss).getStatus() == OrderStatus.DELIVERED, "boris's delivery");
      browser.screenshot("delivery-6-all-delivered");
    } finally {
      ClockUtil.reset();
    }
    assertThat(orders.get(annas).getDeliveredAt()).isBefore(orders.get(boriss).getDeliveredAt());
    assertThat(orders.get(annas).getSignedDocuments()).isTrue();
    Browser.await(() -> smtp.getReceivedMessages().length >= 4, "the managers' mails");
    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject())
        .contains("Order " + annas + " is scheduled for delivery on "
            + app.tandem.delivery.DeliverySchedule.title(deliveryDay));
  }

  private void placeOrder(Browser browser, String number, String team, String inn, String customer, String value,
      LocalDate requested, String zone, String weight, boolean firstDelivery) {
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//a[contains(normalize-space(.), 'Delivery prioritisation')]"));
    browser.formJsField("Field_OrderNumber").sendKeys(number);
    browser.choose("Field_Team", team);
    browser.formJsField("Field_Value").sendKeys(value);
    date(browser, "Field_RequestedDate", requested);
    browser.formJsField("Field_WeightKg").sendKeys(weight);
    browser.formJsField("Field_Goods").sendKeys("Office paper A4, " + weight + " kg on pallets");
    if (firstDelivery) {
      browser.formJsField("Field_FirstDelivery").click();
    }
    browser.formJsField("Field_CustomerInn").sendKeys(inn);
    browser.formJsField("Field_CustomerName").sendKeys(customer);
    browser.formJsField("Field_Address").sendKeys("12 Lenina Street, Moscow");
    browser.formJsField("Field_Zone").sendKeys(zone);
    browser.formJsField("Field_ReceiverName").sendKeys("Ivan Petrov");
    browser.formJsField("Field_PoaNumber").sendKeys("POA-" + number);
    date(browser, "Field_PoaValidUntil", requested.plusMonths(1));
  }

  private void startProcess(Browser browser) {
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
  }

  private void deliver(Browser browser, String number, LocalDate day, String time, String screenshot) {
    browser.click(By.xpath("//*[contains(@class, 'tasks-list')]//li[contains(normalize-space(.), '" + number
        + "')]//a[contains(normalize-space(.), 'Deliver order')]"));
    browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".fjs-form")).isEmpty()
        && driver.findElement(By.cssSelector(".fjs-form")).getText().contains(number));
    browser.click(By.xpath("//*[@ng-click='claim()' or contains(@class, 'claim')][contains(., 'Claim')]"));
    browser.waitUntil(driver -> !driver.findElements(By.cssSelector("[id$='-Field_Outcome-display']")).isEmpty());
    browser.choose("Field_Outcome", "Delivered");
    date(browser, "Field_DeliveredAt", day);
    var at = browser.formJsField("Field_DeliveredAt-time");
    at.sendKeys(time);
    at.sendKeys(Keys.TAB);
    browser.formJsField("Field_SignedDocuments").click();
    browser.screenshot(screenshot);
    browser.completeTask();
  }

  private static void date(Browser browser, String fieldId, LocalDate date) {
    var field = browser.formJsField(fieldId + "-date");
    field.sendKeys(date.format(PICKER));
    field.sendKeys(Keys.TAB);
  }
}
