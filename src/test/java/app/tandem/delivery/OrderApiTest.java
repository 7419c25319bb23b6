package app.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/orders from the CRM, the approved delivery list and the delivery KPI, with their security. */
@TandemSpringTest
class OrderApiTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  DeliveryPlanning planning;
  @Autowired
  DeliveryPrioritisationStarter deliveryOrders;
  @Autowired
  ProcessEngine engine;

  /** Ten in the morning of today's date in Moscow: before the list is made, whenever the build runs. */
  @BeforeEach
  void morning() {
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).atTime(10, 0)
        .atZone(java.time.ZoneId.of("Europe/Moscow")).toInstant()));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  LocalDate later(int workingDays) {
    return calendar.plusWorkingDays(calendar.today(), workingDays);
  }

  static String json(String number, String team, String value, LocalDate requested, String poaUntil) {
    return """
        {"orderNumber":"%s","customerInn":"%s","customerName":"Volga Foods LLC","team":"%s","value":%s,
         "currency":"RUB","requestedDate":"%s","address":"5 Port Street, Samara","zone":"Samara",
         "goods":"Canned fish, 40 boxes","weightKg":640,"firstDelivery":false,"latePenalty":true,
         "receiverName":"Oleg Sidorov","powerOfAttorneyNumber":"POA-%s","powerOfAttorneyValidUntil":%s}"""
        .formatted(number, DeliveryFixtures.nextInn(), team, value, requested, number, poaUntil);
  }

  @Test
  void aManagerPlacesAnOrderOnceItIsPrioritisedAndAChangedRepeatIsAConflict() {
    var boris = HttpCaller.as(port, "boris");
    String body = json("API-1", "KEY_ACCOUNTS", "2500000.00", later(5), "\"" + later(30) + "\"");

    var created = boris.postJson("/api/orders", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"managerId\":\"boris\"", "\"status\":\"READY\"", "\"priorityScore\":65",
        "\"priorityClass\":\"A\"", "\"priorityReason\":\"key account, new customer, penalty for lateness, large order\"",
        "\"warnings\":[]", "\"event\":\"PRIORITISED\"");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("API-1").count())
        .isEqualTo(1);

    var repeat = boris.postJson("/api/orders", body);
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("API-1").count())
        .as("the same order twice starts one process").isEqualTo(1);
    var changed = boris.postJson("/api/orders", body.replace("2500000.00", "2500001.00"));
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(changed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/problem+json"));
    assertThat(changed.body()).contains("Order API-1 is already registered with different content");

    assertThat(boris.get("/api/orders/API-1").statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "svetlana").get("/api/orders/API-1").statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "dmitry").get("/api/orders/API-1").statusCode()).isEqualTo(200);
    assertThat(HttpCaller.as(port, "anna").get("/api/orders/API-1").statusCode())
        .as("another manager's order").isEqualTo(404);
    assertThat(HttpCaller.as(port, "olga").get("/api/orders/API-1").statusCode()).isEqualTo(403);
  }

  @Test
  void badOrdersAreRefusedFieldByFieldAndAnExpiredPowerOfAttorneyIsAcceptedForTheManagerToRenew() {
    var boris = HttpCaller.as(port, "boris");
    var bad = boris.postJson("/api/orders",
        json("API-BAD", "WHOLESALE", "0", calendar.today().minusDays(1), "null").replace("\"zone\":\"Samara\"", "\"zone\":\"\""));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/problem+json"));
    assertThat(bad.body()).contains("\"field\":\"team\"", "Unknown team 'WHOLESALE': use NEW_CLIENTS or KEY_ACCOUNTS",
        "\"field\":\"value\"", "Order value must be greater than zero", "\"field\":\"requestedDate\"", "is in the past",
        "\"field\":\"zone\"", "Delivery zone is required", "\"field\":\"powerOfAttorneyValidUntil\"");

    var expired = boris.postJson("/api/orders", json("API-2", "KEY_ACCOUNTS", "1000", later(3),
        "\"" + calendar.today().minusDays(1) + "\""));
    assertThat(expired.statusCode()).as(expired.body()).isEqualTo(201);
    assertThat(expired.body()).contains("\"status\":\"WAITING_FOR_POA\"",
        "the manager is asked to obtain a power of attorney before the order can go out");
  }

  @Test
  void onlySalesPlaceOrdersOnlyTheDeliveryServiceRecordsTheOutcomeAndEveryoneMustSignIn() {
    String body = json("API-3", "NEW_CLIENTS", "1000", later(1), "\"" + later(20) + "\"");
    assertThat(HttpCaller.as(port, "dmitry").postJson("/api/orders", body).statusCode()).isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).postJson("/api/orders", body).statusCode()).isEqualTo(401);
    assertThat(HttpCaller.anonymous(port).get("/api/orders/API-3").statusCode()).isEqualTo(401);
    assertThat(HttpCaller.as(port, "anna").postJson("/api/orders", body).statusCode()).isEqualTo(201);

    // the head of sales approves the list for the next working day
    var date = later(1);
    planning.prepare(date);
    deliveryOrders.publish(planning.approve(date, null, null, List.of(), "svetlana"));
    var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("API-3")
        .singleResult();
    var notify = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(DeliveryPrioritisationProcess.NOTIFY_SCHEDULED).singleResult();
    engine.getManagementService().executeJob(notify.getId());
    var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Deliver order");
    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject())
        .containsExactly("Order API-3 is scheduled for delivery on " + DeliverySchedule.title(date));

    // the delivery service's list shows the order's columns the next morning
    String todays = engine.getFilterService().createFilterQuery().filterName("Today's deliveries").singleResult()
        .getId();
    ClockUtil.setCurrentTime(java.util.Date.from(date.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Moscow"))
        .toInstant()));
    var listed = HttpCaller.as(port, "dmitry").postHal("/engine-rest/filter/" + todays + "/list", "{}");
    morning();
    assertThat(listed.body()).contains("\"name\":\"caseNumber\"", "\"value\":\"API-3\"", "\"name\":\"deliveryRank\"");

    String outcome = """
        {"variables":{"deliveryOutcome":{"value":"FAILED"},"failureReason":{"value":"Customer closed"}}}""";
    assertThat(HttpCaller.as(port, "anna").postJson("/engine-rest/task/" + task.getId() + "/complete", outcome)
        .statusCode()).as("a sales manager cannot record a delivery").isEqualTo(403);
    assertThat(HttpCaller.as(port, "svetlana").postJson("/engine-rest/task/" + task.getId() + "/complete", outcome)
        .statusCode()).as("nor can the head of sales").isEqualTo(403);
    var dmitry = HttpCaller.as(port, "dmitry").postJson("/engine-rest/task/" + task.getId() + "/complete", outcome);
    assertThat(dmitry.statusCode()).as(dmitry.body()).isEqualTo(204);

    var order = HttpCaller.as(port, "anna").get("/api/orders/API-3");
    assertThat(order.body()).contains("\"failedDeliveries\":1", "\"lastFailureReason\":\"Customer closed\"",
        "\"event\":\"DELIVERY_FAILED\"");

    var list = HttpCaller.as(port, "dmitry").get("/api/delivery-lists/" + date);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains("\"status\":\"APPROVED\"", "\"order\":\"API-3\"", "\"rank\":1");
    assertThat(HttpCaller.as(port, "dmitry").get("/api/delivery-lists/2020-01-01").statusCode()).isEqualTo(404);
    assertThat(HttpCaller.as(port, "olga").get("/api/delivery-lists/" + date).statusCode()).isEqualTo(403);
  }

  @Test
  void theKpiNeedsAValidPeriod() {
    var svetlana = HttpCaller.as(port, "svetlana");
    var bad = svetlana.get("/api/deliveries/kpi?from=2026-12-01&to=2026-11-01");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("The period must not end before it starts");
    assertThat(svetlana.get("/api/deliveries/kpi?to=2026-11-01").body()).contains("\"field\":\"from\"");
    var ok = svetlana.get("/api/deliveries/kpi?from=" + calendar.today() + "&to=" + later(40));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body()).contains("\"total\":{", "\"byTeam\":[", "\"byTeamAndClass\":[");
    assertThat(HttpCaller.as(port, "anna").get("/api/deliveries/kpi?from=2026-11-01&to=2026-11-30").statusCode())
        .isEqualTo(403);
  }
}
