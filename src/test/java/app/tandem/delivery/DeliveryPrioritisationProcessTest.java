package app.tandem.delivery;

import static app.tandem.delivery.DeliveryPrioritisationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.support.Mails;
import app.tandem.support.ProcessFixture;
import app.tandem.support.ProcessTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of delivery-prioritisation and delivery-list through the engine with Tandem's delegates,
 * rules, tables and mail. Wednesday 25 November 2026 is the working day the orders come in; the list
 * for Thursday 26 is made at 15:00.
 *
 * <p>Size: One class per process, as the conventions say: long because it tests every path, timer and message of two processes.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryPrioritisationProcessTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);
  @RegisterExtension
  static final ProcessFixture fixture = ProcessFixture.covering(KEY, DeliveryListProcess.KEY).withMail(smtp).withVariableBudget();

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
  static final LocalDate THURSDAY = WEDNESDAY.plusDays(1);
  static final LocalDate FRIDAY = WEDNESDAY.plusDays(2);

  @Autowired
  ProcessEngine engine;
  @Autowired
  DeliveryPrioritisationStarter deliveryOrders;
  @Autowired
  OrderService orders;
  @Autowired
  DeliveryPlanning planning;
  @Autowired
  DeliveryKpi kpi;
  @Autowired
  DeliveryForms forms;
  @Autowired
  OrderPriorities priorities;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  app.tandem.admin.ProcessVersions versions;


  @BeforeEach
  void init() {
    at(WEDNESDAY, 10, 0);
    var running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKeyIn(KEY, DeliveryListProcess.KEY).list().stream().map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(running, "next test", true, true);
    }
    jdbc.update("delete from delivery_list_entry");
    jdbc.update("delete from delivery_list");
    jdbc.update("delete from delivery_order");
  }

  // ---- the normal path ----

  @Test
  void twoOrdersAreRankedApprovedDeliveredInOrderAndTheirManagersTold() throws Exception {
    var routine = place(DeliveryFixtures.order(THURSDAY));
    var first = place(DeliveryFixtures.firstDelivery(THURSDAY));

    for (var instance : List.of(routine, first)) {
      assertThat(instance).isWaitingAt(WAIT_FOR_LIST)
          .hasPassedInOrder(SCORE, CHECK, POWER_OF_ATTORNEY_CHECK, CREDIT_HOLD_CHECK);
      assertThat(orders.get(instance.getBusinessKey()).getStatus()).isEqualTo(OrderStatus.READY);
    }
    var firstOrder = orders.get(first.getBusinessKey());
    // new-clients 10 + first delivery 25 + new customer 5 + due on the next delivery day 20
    assertThat(firstOrder.getPriorityScore()).isEqualTo(60);
    assertThat(firstOrder.getPriorityClass()).isEqualTo("A");
    assertThat(firstOrder.getPriorityReason())
        .isEqualTo("new-clients team, first delivery to a new client, new customer, due on the next delivery day");
    // key accounts 20 + new customer 5 + due 20
    assertThat(orders.get(routine.getBusinessKey()).getPriorityScore()).isEqualTo(45);
    assertThat(events(first.getBusinessKey())).containsExactly("RECEIVED", "PRIORITISED", "READY");

    var list = makeList(WEDNESDAY);
    var approval = task(list);
    assertThat(approval.getName()).isEqualTo("Approve delivery list for Thursday 26.11.2026");
    assertThat(approval.getDueDate()).isEqualTo(Date.from(THURSDAY.atStartOfDay(MOSCOW).toInstant()));
    var rows = (SpinJsonNode) fixture.form(list, "svetlana").get("deliveryList");
    assertThat(rows.elements()).extracting(row -> row.prop("order").stringValue())
        .containsExactly(first.getBusinessKey(), routine.getBusinessKey());
    assertThat(rows.elements().get(0).prop("reason").stringValue()).contains("first delivery to a new client");

    approve(list, Map.of());
    assertThat(orders.get(first.getBusinessKey()).getStatus()).isEqualTo(OrderStatus.SCHEDULED);
    fixture.runJobAt(list, DeliveryListProcess.PUBLISH);
    assertThat(list).isEnded().hasPassed(DeliveryListProcess.END_APPROVED);

    for (var instance : List.of(first, routine)) {
      assertThat(instance).isWaitingAt(NOTIFY_SCHEDULED);
      fixture.runJobAt(instance, NOTIFY_SCHEDULED);
      assertThat(instance).isWaitingAt(DELIVER).task().hasCandidateGroup("delivery");
    }
    Task firstDelivery = task(first);
    assertThat(firstDelivery.getPriority()).isEqualTo(60);
    assertThat(firstDelivery.getDueDate()).isEqualTo(Date.from(THURSDAY.atTime(18, 0).atZone(MOSCOW).toInstant()));
    assertThat(engine.getRuntimeService().getVariable(first.getId(), DELIVERY_RANK.name())).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(routine.getId(), DELIVERY_RANK.name())).isEqualTo(2);
    assertThat(Mails.text(fixture.mailsTo("anna@tandem.example").get(0)))
        .contains("Delivery date:  Thursday 26.11.2026 (rank 1 of the day)");
    assertThat(fixture.mailsTo("boris@tandem.example")).extracting(MimeMessage::getSubject)
        .containsExactly("Order " + routine.getBusinessKey() + " is scheduled for delivery on Thursday 26.11.2026");

    var approved = planning.get(THURSDAY);
    assertThat(approved.status()).isEqualTo("APPROVED");
    assertThat(approved.scheduled()).extracting(DeliveryPlanning.Line::order)
        .containsExactly(first.getBusinessKey(), routine.getBusinessKey());

    // Thursday: the delivery service's filter shows both, in the list's order
    assertThat(todaysDeliveries()).isEmpty();
    at(THURSDAY, 8, 0);
    assertThat(todaysDeliveries()).containsExactly(first.getBusinessKey(), routine.getBusinessKey());

    at(THURSDAY, 11, 30);
    deliver(first, Map.of(DELIVERY_OUTCOME.name(), "DELIVERED", DELIVERED_AT.name(), "2026-11-26T11:15",
        SIGNED_DOCUMENTS.name(), true));
    assertThat(first).isEnded().hasPassed(END_DELIVERED);
    var delivered = orders.get(first.getBusinessKey());
    assertThat(delivered.getStatus()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(delivered.getDeliveredAt()).isEqualTo(Instant.parse("2026-11-26T08:15:00Z"));
    assertThat(delivered.getSignedDocuments()).isTrue();
    assertThat(Mails.text(fixture.mailsTo("anna@tandem.example").get(1))).contains("26.11.2026 11:15 (on time)")
        .contains("Signed documents:  received");
    assertThat(todaysDeliveries()).containsExactly(routine.getBusinessKey());

    var report = kpi.of(WEDNESDAY, FRIDAY);
    assertThat(report.total().orders()).isEqualTo(2);
    assertThat(report.total().onTime()).isEqualTo(1);
    assertThat(report.total().open()).isEqualTo(1);
    assertThat(report.total().onTimeRate()).isEqualByComparingTo("1.000");
    assertThat(report.byTeamAndClass()).extracting(DeliveryKpi.Group::team, DeliveryKpi.Group::priorityClass)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("KEY_ACCOUNTS", "B"),
            org.assertj.core.groups.Tuple.tuple("NEW_CLIENTS", "A"));
  }

  @Test
  void anOrdersTasklistColumnsFollowTheOrderWithoutEngineHistoryAndAnEmptyOneIsWrittenOnceItHasAValue() {
    var instance = place(DeliveryFixtures.order(THURSDAY));
    assertThat(fixture.variables(instance)).containsEntry(STATUS.name(), OrderStatus.READY.label())
        .doesNotContainKeys(DELIVERY_DATE.name(), DELIVERY_RANK.name());

    instance = scheduledForThursday(DeliveryFixtures.order(THURSDAY));
    assertThat(fixture.variables(instance)).containsEntry(STATUS.name(), OrderStatus.SCHEDULED.label())
        .containsEntry(DELIVERY_RANK.name(), orders.get(instance.getBusinessKey()).getDeliveryRank())
        .containsEntry(DELIVERY_DATE.name(), "26.11.2026");
    fixture.assertColumnsKeepNoHistory(instance, forms, MANAGER_ID.name());
    var level = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getHistoryLevel();
    assertThat(level.getName()).isEqualTo("audit");
    assertThat(level.getId()).as("a database set up at audit starts with it").isEqualTo(2);
  }

  @Test
  void anOrderFromTheTasklistStartFormIsValidatedAndRegistered() {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    Map<String, Object> form = new HashMap<>();
    form.put("orderNumber", "CRM-7001");
    form.put("team", "RETAIL");
    form.put("value", "0");
    form.put("currency", "RUB");
    form.put("requestedDate", WEDNESDAY.minusDays(1).toString());
    form.put("customerInn", DeliveryFixtures.nextInn());
    form.put("customerName", "Start Form LLC");
    form.put("address", "1 Test Street");
    form.put("zone", "Moscow-East");
    form.put("goods", "Boxes");
    form.put("weightKg", "25,5");
    assertThatThrownBy(() -> fixture.as("anna", () -> engine.getFormService().submitStartForm(definition.getId(), form)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Unknown team 'RETAIL': use NEW_CLIENTS or KEY_ACCOUNTS")
        .hasMessageContaining("Order value must be greater than zero")
        .hasMessageContaining("Requested delivery date 24.11.2026 is in the past; today is 25.11.2026");
    form.put("team", "KEY_ACCOUNTS");
    form.put("value", "250 000,00");
    form.put("requestedDate", FRIDAY.toString());
    assertThatThrownBy(() -> fixture.as("anna", () -> engine.getFormService().submitStartForm(definition.getId(), form)))
        .hasMessageContaining("Anna Smirnova is not in the key accounts team");
    form.put("team", "NEW_CLIENTS");
    form.put("firstDelivery", true);
    var instance = fixture.as("anna", () -> engine.getFormService().submitStartForm(definition.getId(), form));

    assertThat(instance).hasBusinessKey("CRM-7001");
    var order = orders.get("CRM-7001");
    assertThat(order.getManagerId()).isEqualTo("anna");
    assertThat(order.getValue()).isEqualByComparingTo("250000.00");
    assertThat(order.getWeightKg()).isEqualByComparingTo("25.50");
    assertThat(instance).isWaitingAt(OBTAIN_POA).task().isAssignedTo("anna");
    assertThat(order.getStatus()).isEqualTo(OrderStatus.WAITING_FOR_POA);

    assertThatThrownBy(() -> fixture.as("anna", () -> engine.getFormService().submitStartForm(definition.getId(), form)))
        .hasMessageContaining("Order CRM-7001 is already registered");
  }

  // ---- checks ----

  @Test
  void anOrderWithoutAValidPowerOfAttorneyWaitsForTheManagerToObtainOne() {
    var data = DeliveryFixtures.withPowerOfAttorneyUntil(DeliveryFixtures.order(FRIDAY), WEDNESDAY.minusDays(1));
    var received = deliveryOrders.receive(data, "boris").received();
    assertThat(received.warnings()).containsExactly("Power of attorney " + data.powerOfAttorneyNumber()
        + " is valid until 24.11.2026, before the delivery date 27.11.2026: the manager is asked to obtain a power of"
        + " attorney before the order can go out");
    var instance = instance(data.orderNumber());
    assertThat(instance).isWaitingAt(OBTAIN_POA).task().isAssignedTo("boris");
    assertThat(task(instance).getPriority()).isEqualTo(orders.get(data.orderNumber()).getPriorityScore());
    assertThat(orders.get(data.orderNumber()).getStatus()).isEqualTo(OrderStatus.WAITING_FOR_POA);

    assertThatThrownBy(() -> fixture.submit(instance, "boris", Map.of(POA_NUMBER.name(), "POA-NEW",
        RECEIVER_NAME.name(), "Ivan Petrov", POA_VALID_UNTIL.name(), THURSDAY.toString())))
        .hasMessageContaining("The power of attorney must be valid at least until 2026-11-27 (the delivery date)");
    fixture.submit(instance, "boris", Map.of(POA_NUMBER.name(), "POA-NEW", RECEIVER_NAME.name(),
        "Maria Ivanova", POA_VALID_UNTIL.name(), "2026-12-31"));

    assertThat(instance).isWaitingAt(WAIT_FOR_LIST);
    var order = orders.get(data.orderNumber());
    assertThat(order.getStatus()).isEqualTo(OrderStatus.READY);
    assertThat(order.getPowerOfAttorneyNumber()).isEqualTo("POA-NEW");
    assertThat(order.getReceiverName()).isEqualTo("Maria Ivanova");
    assertThat(events(data.orderNumber())).containsSubsequence("WAITING_FOR_POA", "POWER_OF_ATTORNEY", "READY");
  }

  @Test
  void anOrderOnCreditHoldIsReleasedByTheHeadOfSalesWithAReason() {
    var data = DeliveryFixtures.order(THURSDAY);
    putOnHold(data);
    var instance = place(data);
    assertThat(instance).isWaitingAt(RELEASE).task().hasCandidateGroup("sales-heads");
    assertThat(task(instance).getName()).isEqualTo("Release order on credit hold?");
    assertThat(orders.get(data.orderNumber()).getStatus()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(fixture.form(instance, "svetlana")).containsEntry("onCreditHold", true);

    assertThatThrownBy(() -> decideHold(instance, "RELEASE", null))
        .hasMessageContaining("Say why this order may go out although the customer is on credit hold");
    decideHold(instance, "RELEASE", "Paid in advance for this order");

    assertThat(instance).isWaitingAt(WAIT_FOR_LIST);
    var order = orders.get(data.orderNumber());
    assertThat(order.getStatus()).isEqualTo(OrderStatus.READY);
    assertThat(order.getHoldReleasedBy()).isEqualTo("svetlana");
    // released: it goes on the list and out although the customer stays on hold
    var list = makeList(WEDNESDAY);
    approve(list, Map.of());
    fixture.runJobAt(list, DeliveryListProcess.PUBLISH);
    fixture.runJobAt(instance, NOTIFY_SCHEDULED);
    assertThat(instance).isWaitingAt(DELIVER);
  }

  @Test
  void anOrderKeptWaitingIsAskedAboutAgainAndContinuesWhenTheHoldIsLifted() {
    var data = DeliveryFixtures.order(FRIDAY);
    putOnHold(data);
    var instance = place(data);
    decideHold(instance, "WAIT", null);
    assertThat(instance).isWaitingAt(WAIT_FOR_HOLD);
    assertThat(fixture.jobAt(instance, HOLD_RECHECK).getDuedate()).isEqualTo(Date.from(THURSDAY.atTime(10, 0).atZone(MOSCOW)
        .toInstant()));

    fixture.runJobAt(instance, HOLD_RECHECK);
    assertThat(instance).isWaitingAt(RELEASE);
    decideHold(instance, "WAIT", "Waiting for the payment");
    assertThat(instance).isWaitingAt(WAIT_FOR_HOLD);

    directory.holdCredit(data.customerInn(), false, null, "svetlana");
    assertThat(instance).isWaitingAt(WAIT_FOR_LIST).hasPassed(HOLD_LIFTED, HOLD_WAIT_OVER);
    assertThat(orders.get(data.orderNumber()).getStatus()).isEqualTo(OrderStatus.READY);
    assertThat(events(data.orderNumber())).containsSubsequence("ON_HOLD", "KEPT_ON_HOLD", "KEPT_ON_HOLD", "READY");
  }

  @Test
  void anOrderOnCreditHoldIsCancelledAndItsManagerTold() throws Exception {
    var data = DeliveryFixtures.order(FRIDAY);
    putOnHold(data);
    var instance = place(data);
    assertThatThrownBy(() -> decideHold(instance, "CANCEL", " ")).hasMessageContaining("Say why the order is cancelled");
    decideHold(instance, "CANCEL", "The customer owes 3 months");
    assertThat(orders.get(data.orderNumber()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
    fixture.runJobAt(instance, CANCEL);
    assertThat(instance).isEnded().hasPassed(END_CANCELLED);
    var mail = fixture.mailsTo("boris@tandem.example").get(0);
    assertThat(mail.getSubject()).isEqualTo("Order " + data.orderNumber() + " for " + data.customerName() + " cancelled");
    assertThat(Mails.text(mail)).contains("The customer owes 3 months");
  }

  // ---- the daily list ----

  @Test
  void overCapacityTheRestRollsToTheNextDayAndTheHeadMayReorderWithAReason() {
    var a = place(DeliveryFixtures.firstDelivery(THURSDAY));
    var b = place(DeliveryFixtures.order(THURSDAY));
    var c = place(DeliveryFixtures.order(FRIDAY));
    int cScore = orders.get(c.getBusinessKey()).getPriorityScore();
    var list = makeList(WEDNESDAY);
    assertThat(fixture.form(list, "svetlana").get("capacityNote"))
        .isEqualTo("3 orders, 1080.5 kg ready; capacity 10 orders a day.");

    assertThatThrownBy(() -> approve(list, Map.of("capacityOrders", 2, "moves", moves(c.getBusinessKey(), 1, ""))))
        .hasMessageContaining("Move 1: say why order " + c.getBusinessKey() + " moves from rank 3 to 1");
    assertThatThrownBy(() -> approve(list, Map.of("moves", moves("ORD-NOPE", 1, "x", c.getBusinessKey(), 9, "y"))))
        .hasMessageContaining("Move 1: order ORD-NOPE is not on this list")
        .hasMessageContaining("the new rank of " + c.getBusinessKey() + " must be between 1 and 3");
    assertThat(task(list)).as("a refused approval keeps the task").isNotNull();

    approve(list, Map.of("capacityOrders", 2, "moves", moves(c.getBusinessKey(), 1, "The customer's warehouse closes Friday")));
    fixture.runJobAt(list, DeliveryListProcess.PUBLISH);

    var approved = planning.get(THURSDAY);
    assertThat(approved.capacityOrders()).isEqualTo(2);
    assertThat(approved.scheduled()).extracting(DeliveryPlanning.Line::order)
        .containsExactly(c.getBusinessKey(), a.getBusinessKey());
    assertThat(approved.scheduled().get(0).moveReason()).isEqualTo("The customer's warehouse closes Friday");
    assertThat(approved.deferred()).extracting(DeliveryPlanning.Line::order).containsExactly(b.getBusinessKey());
    assertThat(events(c.getBusinessKey())).contains("MOVED", "SCHEDULED");

    // b rolls over: scored again now (15:00, so for Friday); it came in this morning and has not waited yet
    assertThat(b).isWaitingAt(WAIT_FOR_LIST).hasPassed(DEFERRED);
    var rolled = orders.get(b.getBusinessKey());
    assertThat(rolled.getStatus()).isEqualTo(OrderStatus.READY);
    assertThat(rolled.getDeferrals()).isEqualTo(1);
    assertThat(rolled.getPriorityScore()).isEqualTo(45);
    assertThat(rolled.getPriorityReason()).doesNotContain("waiting");
    assertThat(events(b.getBusinessKey())).as("scored again with the same result: no new priority in its history")
        .containsExactly("RECEIVED", "PRIORITISED", "READY", "DEFERRED");
    assertThat(orders.get(c.getBusinessKey()).getPriorityScore()).as("scheduled orders keep their score").isEqualTo(cScore);

    // Thursday's list for Friday has it first
    var next = makeList(THURSDAY);
    var rows = (SpinJsonNode) fixture.form(next, "svetlana").get("deliveryList");
    assertThat(rows.elements()).extracting(row -> row.prop("order").stringValue()).containsExactly(b.getBusinessKey());
    assertThat(rows.elements().get(0).prop("requestedDate").stringValue()).isEqualTo("26.11.2026 LATE");
  }

  @Test
  void daysWaitingCountTheWorkingDaysFromTheOrdersReceiptToToday() {
    var instance = place(DeliveryFixtures.order(FRIDAY.plusWeeks(1)));
    String number = instance.getBusinessKey();
    assertThat(priorities.priorityInputs(number)).containsEntry(OrderPriorities.DAYS_WAITING, 0);

    at(WEDNESDAY, 16, 0);
    assertThat(priorities.priorityInputs(number)).as("after the day's list the next delivery day is Friday; the order, "
        + "received this morning, has still not waited").containsEntry(OrderPriorities.DAYS_WAITING, 0);

    at(FRIDAY.plusDays(3), 9, 0);
    assertThat(priorities.priorityInputs(number)).as("Thursday, Friday, Monday").containsEntry(OrderPriorities.DAYS_WAITING, 3);
    assertThat(priorities.prioritise(number).reason()).contains("waiting 2-3 working days");
  }

  @Test
  void anOrderWhoseCustomerWentOnHoldIsHeldBackFromTheListAndGoesBackToItsChecks() {
    var data = DeliveryFixtures.order(THURSDAY);
    var instance = place(data);
    putOnHold(data);
    var list = makeList(WEDNESDAY);
    var heldBack = (SpinJsonNode) fixture.form(list, "svetlana").get("heldBack");
    assertThat(heldBack.elements()).extracting(row -> row.prop("heldBack").stringValue())
        .containsExactly("The customer is on credit hold");
    approve(list, Map.of());
    fixture.runJobAt(list, DeliveryListProcess.PUBLISH);
    assertThat(planning.get(THURSDAY).heldBack()).extracting(DeliveryPlanning.Line::order)
        .containsExactly(data.orderNumber());
    assertThat(instance).isWaitingAt(RELEASE);
  }

  @Test
  void noListOnADayOffAndNoTaskWithoutOrders() {
    var saturday = makeList(LocalDate.of(2026, 11, 28));
    assertThat(saturday).isEnded().hasPassed(DeliveryListProcess.END_NO_LIST);
    var empty = makeList(WEDNESDAY);
    assertThat(empty).isEnded().hasPassed(DeliveryListProcess.END_NOTHING);
  }

  // ---- delivery ----

  @Test
  void aFailedDeliveryIsReplannedWithHigherPriorityAndTheManagerTold() throws Exception {
    var instance = scheduledForThursday(DeliveryFixtures.order(THURSDAY));
    int before = orders.get(instance.getBusinessKey()).getPriorityScore();
    at(THURSDAY, 16, 0);
    assertThatThrownBy(() -> deliver(instance, Map.of(DELIVERY_OUTCOME.name(), "FAILED")))
        .hasMessageContaining("Say why the delivery failed");
    deliver(instance, Map.of(DELIVERY_OUTCOME.name(), "FAILED", FAILURE_REASON.name(), "Warehouse closed, nobody to sign"));
    assertThat(orders.get(instance.getBusinessKey()).getStatus()).isEqualTo(OrderStatus.FAILED);
    fixture.runJobAt(instance, REPLAN);

    assertThat(instance).isWaitingAt(WAIT_FOR_LIST);
    var order = orders.get(instance.getBusinessKey());
    assertThat(order.getStatus()).isEqualTo(OrderStatus.READY);
    assertThat(order.getFailedDeliveries()).isEqualTo(1);
    assertThat(order.getPriorityScore()).isGreaterThan(before);
    assertThat(order.getPriorityReason()).contains("re-planned after a failed delivery");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), DELIVERY_RANK.name())).isNull();
    var mail = fixture.mailsTo("boris@tandem.example").stream().filter(m -> subject(m).contains("failed")).findFirst().orElseThrow();
    assertThat(Mails.text(mail)).contains("Warehouse closed, nobody to sign");
  }

  @Test
  void onlyTheDeliveryServiceRecordsTheOutcomeAndNoGoodsLeaveWhileTheCustomerIsOnHold() {
    var data = DeliveryFixtures.order(THURSDAY);
    var instance = scheduledForThursday(data);
    at(THURSDAY, 12, 0);
    assertThatThrownBy(() -> fixture.submit(instance, "anna", Map.of(DELIVERY_OUTCOME.name(), "DELIVERED",
        DELIVERED_AT.name(), "2026-11-26T11:00")))
        .isInstanceOf(app.tandem.common.error.ForbiddenException.class);

    putOnHold(data);
    assertThatThrownBy(() -> deliver(instance, Map.of(DELIVERY_OUTCOME.name(), "DELIVERED",
        DELIVERED_AT.name(), "2026-11-26T11:00", SIGNED_DOCUMENTS.name(), true)))
        .hasMessageContaining(data.customerName() + " is on credit hold: do not hand over the goods");
    assertThatThrownBy(() -> deliver(instance, Map.of(DELIVERY_OUTCOME.name(), "DELIVERED",
        DELIVERED_AT.name(), "2026-11-27T11:00")));
    assertThat(instance).isWaitingAt(DELIVER);
  }

  @Test
  void anOrderNotDeliveredByItsRequestedDateIsFlaggedLateAndReportedToTheHeadsOfSales() throws Exception {
    var instance = scheduledForThursday(DeliveryFixtures.withLatePenalty(DeliveryFixtures.order(THURSDAY)));
    String number = instance.getBusinessKey();
    assertThat(fixture.jobAt(instance, LATE).getDuedate()).isEqualTo(Date.from(FRIDAY.atTime(9, 0).atZone(MOSCOW).toInstant()));

    at(FRIDAY, 9, 0);
    fixture.runJobAt(instance, LATE);
    fixture.runJobAt(instance, REPORT_LATE);
    assertThat(instance).isWaitingAt(DELIVER).hasPassed(END_LATE);
    assertThat(orders.get(number).isLate()).isTrue();
    var mail = fixture.mailsTo("svetlana@tandem.example").get(0);
    assertThat(mail.getSubject()).isEqualTo("Late: order " + number + " for " + orders.get(number).getCustomerName()
        + " was not delivered by 26.11.2026");
    assertThat(Mails.text(mail)).contains("Late penalty:    yes");
    assertThat(planning.get(THURSDAY).scheduled().get(0).late()).isTrue();

    at(FRIDAY, 10, 30);
    deliver(instance, Map.of(DELIVERY_OUTCOME.name(), "DELIVERED", DELIVERED_AT.name(), "2026-11-27T10:00"));
    assertThat(instance).isEnded();
    var report = kpi.of(THURSDAY, THURSDAY);
    assertThat(report.total().late()).isEqualTo(1);
    assertThat(report.total().onTimeRate()).isEqualByComparingTo("0");
    assertThat(report.total().averageWaitDays()).isEqualByComparingTo("2.0");
  }

  // ---- a process owner's new versions ----

  @Test
  void ordersWaitingAtEveryTaskAndTimerAndTheOpenListMoveToNewVersionsWithTheirTimersAndAreDeliveredOnThem() {
    var listed = place(DeliveryFixtures.order(THURSDAY));
    var list = makeList(WEDNESDAY);
    assertThat(list).isWaitingAt(DeliveryListProcess.APPROVE);
    var poaData = DeliveryFixtures.withPowerOfAttorneyUntil(DeliveryFixtures.order(FRIDAY), WEDNESDAY.minusDays(1));
    deliveryOrders.receive(poaData, "boris");
    var poa = instance(poaData.orderNumber());
    var releaseData = DeliveryFixtures.order(FRIDAY);
    putOnHold(releaseData);
    var release = place(releaseData);
    var heldData = DeliveryFixtures.order(FRIDAY);
    putOnHold(heldData);
    var held = place(heldData);
    decideHold(held, "WAIT", null);
    var waiting = place(DeliveryFixtures.order(FRIDAY));
    Map<String, ProcessInstance> orders = new java.util.LinkedHashMap<>();
    orders.put(WAIT_FOR_LIST, waiting);
    orders.put(OBTAIN_POA, poa);
    orders.put(RELEASE, release);
    orders.put(WAIT_FOR_HOLD, held);
    orders.forEach((activity, instance) -> assertThat(instance).as(activity).isWaitingAt(activity));
    Map<String, Date> lateTimers = new java.util.HashMap<>();
    orders.forEach((activity, instance) -> lateTimers.put(activity, fixture.jobAt(instance, LATE).getDuedate()));
    Date recheck = fixture.jobAt(held, HOLD_RECHECK).getDuedate();

    fixture.deployNewVersion("delivery-prioritisation.bpmn", bpmn -> bpmn.replace("</bpmn:definitions>",
        "<!-- the process owner's version -->\n</bpmn:definitions>"));
    fixture.deployNewVersion("delivery-list.bpmn", bpmn -> bpmn.replace("</bpmn:definitions>",
        "<!-- the process owner's version -->\n</bpmn:definitions>"));
    var newest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    var newestList = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DeliveryListProcess.KEY).latestVersion().singleResult();
    fixture.migrateAllToNewest(versions, KEY);
    fixture.migrateAllToNewest(versions, DeliveryListProcess.KEY);

    assertThat(definitionOf(list)).isEqualTo(newestList.getId());
    assertThat(definitionOf(listed)).isEqualTo(newest.getId());
    orders.forEach((activity, instance) -> {
      assertThat(definitionOf(instance)).as(activity).isEqualTo(newest.getId());
      assertThat(fixture.jobAt(instance, LATE).getDuedate()).as("the late timer of " + activity).isEqualTo(lateTimers.get(activity));
    });
    assertThat(fixture.jobAt(held, HOLD_RECHECK).getDuedate()).isEqualTo(recheck);

    // Thursday's list goes out on its new version; the orders waiting at each step go on and out on Friday
    approve(list, Map.of());
    fixture.runJobAt(list, DeliveryListProcess.PUBLISH);
    assertThat(list).isEnded().hasPassed(DeliveryListProcess.END_APPROVED);
    fixture.runJobAt(listed, NOTIFY_SCHEDULED);
    at(THURSDAY, 11, 30);
    deliver(listed, Map.of(DELIVERY_OUTCOME.name(), "DELIVERED", DELIVERED_AT.name(), "2026-11-26T11:15",
        SIGNED_DOCUMENTS.name(), true));
    assertThat(listed).isEnded().hasPassed(END_DELIVERED);

    fixture.submit(poa, "boris", Map.of(POA_NUMBER.name(), "POA-NEW", RECEIVER_NAME.name(),
        "Maria Ivanova", POA_VALID_UNTIL.name(), "2026-12-31"));
    decideHold(release, "RELEASE", "Paid in advance for this order");
    directory.holdCredit(heldData.customerInn(), false, null, "svetlana");
    orders.forEach((activity, instance) -> assertThat(instance).as(activity).isWaitingAt(WAIT_FOR_LIST));
    var friday = makeList(THURSDAY);
    approve(friday, Map.of());
    fixture.runJobAt(friday, DeliveryListProcess.PUBLISH);
    at(FRIDAY, 11, 30);
    orders.forEach((activity, instance) -> {
      fixture.runJobAt(instance, NOTIFY_SCHEDULED);
      deliver(instance, Map.of(DELIVERY_OUTCOME.name(), "DELIVERED", DELIVERED_AT.name(), "2026-11-27T11:15",
          SIGNED_DOCUMENTS.name(), true));
      assertThat(instance).as(activity).isEnded().hasPassed(END_DELIVERED);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
          .singleResult().getProcessDefinitionId()).isEqualTo(newest.getId());
    });
  }

  private String definitionOf(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  // ---- helpers ----

  private ProcessInstance place(OrderData data) {
    deliveryOrders.receive(data, data.managerId());
    return instance(data.orderNumber());
  }

  private ProcessInstance instance(String orderNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(orderNumber).singleResult();
  }

  private ProcessInstance scheduledForThursday(OrderData data) {
    var instance = place(data);
    var list = makeList(WEDNESDAY);
    approve(list, Map.of());
    fixture.runJobAt(list, DeliveryListProcess.PUBLISH);
    fixture.runJobAt(instance, NOTIFY_SCHEDULED);
    assertThat(instance).isWaitingAt(DELIVER);
    return instance;
  }

  /** The list timer fires at 15:00 on this day: the new list instance. */
  private ProcessInstance makeList(LocalDate day) {
    at(day, 15, 0);
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(DeliveryListProcess.KEY)
        .timers().singleResult();
    assertThat(timer).isNotNull();
    var before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DeliveryListProcess.KEY).list().stream().map(p -> p.getId()).toList();
    engine.getManagementService().executeJob(timer.getId());
    var created = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DeliveryListProcess.KEY).list().stream().filter(p -> !before.contains(p.getId()))
        .findFirst().orElseThrow();
    var running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(created.getId())
        .singleResult();
    return running != null ? running : new EndedInstance(created);
  }

  private void approve(ProcessInstance list, Map<String, Object> form) {
    fixture.submit(list, "svetlana", form);
  }

  private void decideHold(ProcessInstance instance, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(HOLD_DECISION.name(), decision);
    form.put(COMMENT.name(), comment);
    fixture.submit(instance, "svetlana", form);
  }

  private void deliver(ProcessInstance instance, Map<String, Object> form) {
    fixture.submit(instance, "dmitry", form);
  }

  private void putOnHold(OrderData data) {
    directory.ensureCustomer(data.customerInn(), data.customerName(), null);
    directory.holdCredit(data.customerInn(), true, "Overdue invoices", "svetlana");
  }

  private static Object moves(Object... orderRankReason) {
    var json = Spin.JSON("[]");
    for (int i = 0; i < orderRankReason.length; i += 3) {
      json.append(Spin.JSON(Map.of("order", orderRankReason[i], "newRank", orderRankReason[i + 1],
          "reason", orderRankReason[i + 2])));
    }
    return json;
  }

  /** What dmitry's "Today's deliveries" filter lists now, as order numbers. */
  private List<String> todaysDeliveries() {
    var filter = engine.getFilterService().createFilterQuery().filterName("Today's deliveries").singleResult();
    return fixture.as("dmitry", () -> engine.getFilterService().<Task>list(filter.getId()).stream()
        .map(t -> (String) engine.getTaskService().getVariable(t.getId(), "caseNumber")).toList());
  }

  private static void at(LocalDate day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(MOSCOW).toInstant()));
  }

  private List<String> events(String number) {
    return orders.historyOf(number).stream().map(e -> e.getEvent()).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A list instance that ended at once (day off, nothing to deliver), for assertions on its history. */
  private record EndedInstance(org.camunda.bpm.engine.history.HistoricProcessInstance historic) implements ProcessInstance {
    public String getProcessDefinitionId() { return historic.getProcessDefinitionId(); }
    public String getBusinessKey() { return historic.getBusinessKey(); }
    public String getRootProcessInstanceId() { return historic.getRootProcessInstanceId(); }
    public String getCaseInstanceId() { return null; }
    public boolean isSuspended() { return false; }
    public String getId() { return historic.getId(); }
    public boolean isEnded() { return true; }
    public String getProcessInstanceId() { return historic.getId(); }
    public String getTenantId() { return null; }
    public String getProcessDefinitionKey() { return historic.getProcessDefinitionKey(); }
  }
}
