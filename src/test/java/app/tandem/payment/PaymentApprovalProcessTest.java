package app.tandem.payment;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static app.tandem.payment.PaymentApprovalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.common.notification.MailOutbox;
import app.tandem.support.ProcessFixture;
import app.tandem.support.ProcessTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of payment-approval through the engine with Tandem's delegates, tables, documents and mail.
 *
 * <p>Size: One class per process, as the conventions say: long because it tests every path, timer and message of payment approval.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentApprovalProcessTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);
  @RegisterExtension
  static final ProcessFixture fixture = ProcessFixture.covering(KEY).withMail(smtp).withVariableBudget();

  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};

  @Autowired
  ProcessEngine engine;
  @Autowired
  PaymentRequestForms columns;
  @Autowired
  PaymentRequestService requests;
  @Autowired
  Documents documents;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  PaymentApprovalStarter starter;
  @Autowired
  MailOutbox outbox;
  @Autowired
  app.tandem.common.notification.MailDispatcher dispatcher;
  @Autowired
  app.tandem.admin.ProcessVersions versions;

  int contractorSeed = 100;

  // ---- paths ----

  @Test
  void managerRaisesOnTheStartFormAndTheRequestIsApprovedPaidAndEveryoneNotified() throws Exception {
    var instance = startOnTasklist("anna", "15000");
    String number = instance.getBusinessKey();

    assertThat(instance).isWaitingAt(COMPLETE).task().isAssignedTo("anna");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey()).isEqualTo(number);
    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.DRAFT);

    fixture.submit(instance, "anna", validForm(number, "INV-100", "accounting@contractor.example"));
    assertThat(instance).isWaitingAt(APPROVE).task().hasCandidateGroup("sales-heads");
    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.SENT_FOR_APPROVAL);
    assertThat(documents.of(PaymentRequestService.CASE_TYPE, number)).extracting("storagePath")
        .containsExactly("payments/" + number.substring(3, 7) + "/" + number + "/invoice.pdf");

    fixture.claim(instance, "svetlana");
    decide(instance, "svetlana", APPROVE_DECISION, "Agreed");
    assertThat(instance).isWaitingAt(PAY).task().hasCandidateGroup("accounting");
    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.APPROVED_FOR_PAYMENT);
    assertThat(task(instance).getDueDate()).isNotNull();
    assertThat(task(instance).getPriority()).isBetween(50, 100);

    fixture.claim(instance, "olga");
    pay(instance, "olga", "512");
    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(instance).isWaitingAt(NOTIFY_MANAGER_PAID);
    assertThat(smtp.getReceivedMessages()).as("mail goes out only after the task is committed").isEmpty();
    // one job writes both mails to the outbox: both or, on a failure and its retry, neither twice
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed(END_PAID);
    assertThat(fixture.mailsTo("anna@tandem.example")).extracting(MimeMessage::getSubject).containsExactly("Payment request " + number + " paid");
    assertThat(fixture.mailsTo("accounting@contractor.example")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).isEqualTo("Payment of invoice INV-100: 15\u00a0000,00\u00a0₽");
      assertThat(mail.getContent().toString()).contains("Payment order:  No. 512 of");
    });
    assertThat(requests.historyOf(number)).extracting("event").containsExactly("CREATED", "SUBMITTED",
        "APPROVED_BY_SALES_HEADS", "APPROVED_FOR_PAYMENT", "PAID", "CONTRACTOR_NOTIFIED");
  }

  @Test
  void theTasklistColumnsShowTheCaseAndKeepNoEngineHistory() {
    fixture.assertColumnsKeepNoHistory(startOnTasklist("anna", "15000"), columns, INITIATOR.name());
  }

  @Test
  void invalidRequisitesGoBackToTheManagerWithTheProblemsAndNothingTypedIsLost() {
    var instance = startViaApi("anna", "15000");
    String number = instance.getBusinessKey();
    var form = validForm(number, "INV-101", null);
    form.put(BIK.name(), "04452522");
    form.put(SETTLEMENT_ACCOUNT.name(), "40702810303800000009");

    fixture.submit(instance, "anna", form);

    assertThat(instance).isWaitingAt(COMPLETE);
    assertThat(requests.get(number).getCheckProblems()).contains("BIK must have 9 digits, not 8");
    assertThat(fixture.form(instance, "anna")).containsEntry("problems", requests.get(number).getCheckProblems());
    assertThat(requests.get(number).fields().settlementAccount()).isEqualTo("40702810303800000009");
    assertThat(fixture.form(instance, "anna")).containsEntry(SETTLEMENT_ACCOUNT.name(), "40702810303800000009");
    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.DRAFT);

    fixture.submit(instance, "anna", validForm(number, "INV-101", null));
    assertThat(instance).isWaitingAt(APPROVE);
  }

  @Test
  void aFileThatIsNotAnInvoiceIsRefusedAndTheTaskStays() {
    var instance = startViaApi("anna", "15000");
    String number = instance.getBusinessKey();
    var form = validForm(number, "INV-102", null);
    form.put(INVOICE_FILE.name(), Variables.fileValue("invoice.pdf").file(EXE).mimeType("application/pdf").create());

    assertThatThrownBy(() -> fixture.submit(instance, "anna", form))
        .hasMessageContaining("The file must be a PDF, JPEG or PNG document");
    assertThat(instance).isWaitingAt(COMPLETE);
    assertThat(documents.of(PaymentRequestService.CASE_TYPE, number)).isEmpty();
  }

  @Test
  void aPossibleDuplicateIsShownToTheApprover() {
    String contractor = nextContractor();
    var first = startViaApi("anna", "15000", contractor);
    fixture.submit(first, "anna", validForm(first.getBusinessKey(), "INV-DUP", null));
    var second = startViaApi("boris", "15000", contractor);
    String secondNumber = second.getBusinessKey();

    fixture.submit(second, "boris", validForm(secondNumber, "INV-DUP", null));

    assertThat(second).isWaitingAt(APPROVE);
    assertThat(fixture.form(second, "svetlana").get("caseCard").toString())
        .contains("\"label\":\"Possible duplicate\",\"value\":\"" + first.getBusinessKey() + ": same contractor");
  }

  @Test
  void rejectedRequestNotifiesTheManagerAndEnds() throws Exception {
    var instance = approvalStage("15000");
    String number = instance.getBusinessKey();

    decide(instance, "svetlana", REJECT_DECISION, "Not in this quarter's budget");

    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.REJECTED);
    assertThat(instance).isWaitingAt(NOTIFY_REJECTED);
    execute(job(instance));
    assertThat(instance).isEnded().hasPassed(END_REJECTED);
    assertThat(fixture.mailsTo("anna@tandem.example")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).isEqualTo("Payment request " + number + " rejected");
      assertThat(mail.getContent().toString()).contains("Reason:      Not in this quarter's budget");
    });
  }

  @Test
  void rejectionWithoutAReasonIsRefusedAndTheTaskStays() {
    var instance = approvalStage("15000");

    assertThatThrownBy(() -> decide(instance, "svetlana", REJECT_DECISION, " "))
        .hasMessageContaining("Say why the request is rejected");
    assertThat(instance).isWaitingAt(APPROVE);
  }

  @Test
  void returnedByTheHeadOfSalesGoesBackToTheManager() {
    var instance = approvalStage("15000");
    String number = instance.getBusinessKey();

    decide(instance, "svetlana", RETURN_DECISION, "Attach the signed invoice");

    assertThat(instance).isWaitingAt(COMPLETE).task().isAssignedTo("anna");
    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.DRAFT);
    assertThat(fixture.form(instance, "anna").get("history").toString())
        .contains("\"who\":\"Svetlana Popova\",\"what\":\"returned for revision\",\"comment\":\"Attach the signed invoice");
    assertThat(fixture.variables(instance)).as("no decision is kept in the engine").doesNotContainKeys(
        APPROVAL_DECISION.name(), APPROVAL_OUTCOME.name(), COMMENT.name());
  }

  @Test
  void returnedByAccountingGoesBackToTheManager() {
    var instance = approvalStage("15000");
    String number = instance.getBusinessKey();
    decide(instance, "svetlana", APPROVE_DECISION, null);

    fixture.submit(instance, "olga", Map.of(
        PAYMENT_DECISION.name(), RETURN_DECISION, COMMENT.name(), "The settlement account is closed: ask for the new one"));
    assertThat(instance).isWaitingAt(COMPLETE);
    assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.DRAFT);
  }

  @Test
  void thePaymentTaskFollowsItsPayByDateEveryDay() {
    // Tuesday 1 December 2026, 09:00 in Moscow: a request to be paid by Friday 11 December
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T06:00:00Z")));
    var instance = approvalStage("15000");
    assertThat(requests.get(instance.getBusinessKey()).fields().payBy()).isEqualTo(java.time.LocalDate.of(2026, 12, 11));
    decide(instance, "svetlana", APPROVE_DECISION, null);
    String payTask = task(instance).getId();
    assertThat(priorityOf(payTask)).as("eight working days left: the lowest priority").isEqualTo(50);

    // Wednesday 9 December: Thursday and Friday left
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-09T06:00:00Z")));
    fixture.runJobAt(instance, PAY_PRIORITY);
    assertThat(priorityOf(payTask)).isEqualTo(80);

    // Friday 11 December, the pay-by day
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-11T06:00:00Z")));
    fixture.runJobAt(instance, PAY_PRIORITY);
    assertThat(priorityOf(payTask)).isEqualTo(100);
    assertThat(fixture.jobAt(instance, PAY_PRIORITY)).as("tomorrow again").isNotNull();
    assertThat(instance).isWaitingAt(PAY);
  }

  private int priorityOf(String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getPriority();
  }

  @Test
  void aManagerCannotCompleteAnApprovalTask() {
    var instance = approvalStage("15000");
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> fixture.as("boris", () -> engine.getTaskService().complete(taskId,
        Map.of(APPROVAL_DECISION.name(), APPROVE_DECISION))))
        .isInstanceOf(app.tandem.common.error.ForbiddenException.class);
    assertThat(instance).isWaitingAt(APPROVE);
  }

  @Test
  void aLargeRequestIsApprovedByTheHeadOfSalesThenTheFinanceDirector() {
    var instance = approvalStage("2500000");

    decide(instance, "svetlana", APPROVE_DECISION, null);
    assertThat(instance).isWaitingAt(APPROVE).task().hasCandidateGroup("finance");
    assertThat(fixture.form(instance, "fedor").get("history").toString())
        .contains("\"who\":\"Svetlana Popova\",\"what\":\"approved by sales heads\"");

    decide(instance, "fedor", APPROVE_DECISION, "Within budget");
    assertThat(instance).isWaitingAt(PAY);
  }

  @Test
  void aTableAProcessOwnerDeploysAloneDecidesTheNextRequestAndTheNextDecisionOfARunningOne() throws Exception {
    var running = startViaApi("anna", "700000");
    String changed = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/payment-approvers.dmn"))
        .replace("<text>&gt; 1000000</text>", "<text>&gt; 500000</text>");
    assertThat(changed).as("the owner lowers the rouble threshold").contains("<text>&gt; 500000</text>");
    // as Camunda Modeler deploys it: the one file under its plain name, a deployment of its own
    var deployment = engine.getRepositoryService().createDeployment().name("payment-approvers")
        .addString("payment-approvers.dmn", changed).deploy();
    try {
      fixture.submit(running, "anna", validForm(running.getBusinessKey(), "INV-OWNER-1", null));
      decide(running, "svetlana", APPROVE_DECISION, null);
      assertThat(running).as("started before the change, decided after it").isWaitingAt(APPROVE).task()
          .hasCandidateGroup("finance");

      var next = approvalStage("700000");
      decide(next, "svetlana", APPROVE_DECISION, null);
      assertThat(next).isWaitingAt(APPROVE).task().hasCandidateGroup("finance");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
    var packaged = approvalStage("700000");
    decide(packaged, "svetlana", APPROVE_DECISION, null);
    assertThat(packaged).as("the packaged table again: up to 1 000 000 RUB the head of sales alone").isWaitingAt(PAY);
  }

  @Test
  void theFinanceDirectorCanStillReject() {
    var instance = approvalStage("2500000");
    decide(instance, "svetlana", APPROVE_DECISION, null);

    decide(instance, "fedor", REJECT_DECISION, "Cash gap this month");

    assertThat(instance).isWaitingAt(NOTIFY_REJECTED);
  }

  @Test
  void theInitiatorCannotApproveTheirOwnRequest() {
    var instance = startViaApi("svetlana", "15000");
    fixture.submit(instance, "svetlana", validForm(instance.getBusinessKey(), "INV-SELF", null));

    assertThatThrownBy(() -> decide(instance, "svetlana", APPROVE_DECISION, null))
        .hasMessageContaining("another person must decide");
    assertThat(instance).isWaitingAt(APPROVE);
  }

  @Test
  void anApproverIsRemindedAfterOneWorkingDayAndFinanceHearsAfterThree() throws Exception {
    // Monday 23 November 2026, 10:00 in Moscow
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T07:00:00Z")));
    var instance = approvalStage("15000");
    String number = instance.getBusinessKey();
    var timers = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .orderByJobDuedate().asc().list();
    assertThat(timers).extracting(job -> job.getDuedate().toInstant()).containsExactly(
        Instant.parse("2026-11-24T07:00:00Z"),    // Tuesday 10:00: reminder
        Instant.parse("2026-11-26T07:00:00Z"));   // Thursday 10:00: escalation
    ClockUtil.reset();

    execute(timers.get(0));
    fixture.runJobAt(instance, REMIND_APPROVER);
    execute(timers.get(1));
    fixture.runJobAt(instance, ESCALATE_APPROVAL);

    assertThat(instance).isWaitingAt(APPROVE).hasPassed(REMINDER, REMIND_APPROVER, ESCALATION, ESCALATE_APPROVAL);
    assertThat(fixture.mailsTo("svetlana@tandem.example")).extracting(MimeMessage::getSubject)
        .containsExactly("Reminder: payment request " + number + " waits for your approval");
    assertThat(fixture.mailsTo("fedor@tandem.example")).extracting(MimeMessage::getSubject)
        .containsExactly("Escalation: payment request " + number + " not approved for 3 working days");
  }

  @Test
  void aMailServerOutageNeitherFailsNorDelaysTheCaseAndTheMailArrivesWhenItIsBack() throws Exception {
    var instance = approvalStage("15000");
    decide(instance, "svetlana", REJECT_DECISION, "Duplicate of an earlier request");
    var notification = job(instance);
    smtp.stop();
    try {
      engine.getManagementService().executeJob(notification.getId());

      assertThat(instance).as("the mail waits in the outbox, not the case").isEnded();
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
      var waiting = outbox.list(MailOutbox.State.PENDING, 10).stream()
          .filter(entry -> instance.getBusinessKey().equals(entry.caseNumber())).toList();
      assertThat(waiting).singleElement().satisfies(entry -> {
        assertThat(entry.recipient()).isEqualTo("anna@tandem.example");
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).isNotBlank();
      });
    } finally {
      smtp.start();
    }
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(2))));
    try {
      assertThat(dispatcher.sendDue()).isEqualTo(1);
    } finally {
      ClockUtil.reset();
    }
    assertThat(fixture.mailsTo("anna@tandem.example")).hasSize(1);
  }

  @Test
  void theReminderIsOneMailPerApproverSoOneBadAddressHoldsUpNoOtherApprover() throws Exception {
    var identity = engine.getIdentityService();
    var vera = identity.newUser("vera");
    vera.setFirstName("Vera");
    vera.setLastName("Second Head");
    vera.setEmail("vera@tandem.example");
    identity.saveUser(vera);
    identity.createMembership("vera", "sales-heads");
    try {
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T07:00:00Z")));
      var instance = approvalStage("15000");
      var reminder = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
          .orderByJobDuedate().asc().list().get(0);
      execute(reminder);
      smtp.stop();
      try {
        fixture.runJobAt(instance, REMIND_APPROVER);
      } finally {
        smtp.start();
      }

      var reminders = outbox.list(null, 50).stream()
          .filter(entry -> instance.getBusinessKey().equals(entry.caseNumber())
              && entry.template().equals("payment-approval-reminder")).toList();
      assertThat(reminders).extracting(MailOutbox.Entry::recipient)
          .containsExactlyInAnyOrder("svetlana@tandem.example", "vera@tandem.example");
      assertThat(instance).as("the job is done; each mail is retried on its own").isWaitingAt(APPROVE);
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T07:05:00Z")));
      assertThat(dispatcher.sendDue()).isEqualTo(2);
      assertThat(fixture.mailsTo("svetlana@tandem.example")).hasSize(1);
      assertThat(fixture.mailsTo("vera@tandem.example")).hasSize(1);
    } finally {
      ClockUtil.reset();
      identity.deleteMembership("vera", "sales-heads");
      identity.deleteUser("vera");
    }
  }

  // ---- a process owner's new version ----

  @Test
  void requestsWaitingAtEveryTaskAndTimerMoveToANewVersionWithTheirTimersAndFinishOnIt() {
    var atComplete = startViaApi("anna", "15000");
    var atApproval = approvalStage("15000");
    var atPayment = approvalStage("15000");
    decide(atPayment, "svetlana", APPROVE_DECISION, null);
    assertThat(atPayment).isWaitingAt(PAY);
    var packaged = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    Map<String, Date> timers = Map.of(REMINDER, fixture.jobAt(atApproval, REMINDER).getDuedate(),
        ESCALATION, fixture.jobAt(atApproval, ESCALATION).getDuedate(), PAY_PRIORITY,
        fixture.jobAt(atPayment, PAY_PRIORITY).getDuedate());

    // a version without the pay task: the requests waiting there are reported and would stay where they are
    fixture.deployNewVersion("payment-approval.bpmn", bpmn -> bpmn.replace(PAY, "Task_PayTheRequest"));
    var report = versions.migrateAll(KEY, true, "admin");
    assertThat(report.notMigrated()).filteredOn(left -> left.fromVersion() == packaged.getVersion())
        .singleElement().satisfies(left -> {
          assertThat(left.activityId()).isEqualTo(PAY);
          assertThat(left.activityName()).isEqualTo("Pay payment request");
          assertThat(left.cases()).isPositive();
          assertThat(left.reason()).isEqualTo("version " + (packaged.getVersion() + 1) + " has no activity '" + PAY
              + "' to take these cases");
        });
    assertThat(report.from()).allSatisfy(from -> assertThat(from.batchId()).as("a dry run").isNull());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(packaged.getId())
        .processInstanceIds(java.util.Set.of(atComplete.getId(), atApproval.getId(), atPayment.getId())).count())
        .as("nothing moved by the dry run").isEqualTo(3);

    // the owner's next version keeps every activity: all running requests move, their timers as they were
    fixture.deployNewVersion("payment-approval.bpmn", bpmn -> bpmn.replace("</bpmn:definitions>",
        "<!-- the process owner's version -->\n</bpmn:definitions>"));
    var newest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    var migration = fixture.migrateAllToNewest(versions, KEY);
    assertThat(migration.toVersion()).isEqualTo(newest.getVersion());
    for (var request : List.of(atComplete, atApproval, atPayment)) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(request.getId())
          .singleResult().getProcessDefinitionId()).isEqualTo(newest.getId());
      assertThat(task(request).getProcessDefinitionId()).isEqualTo(newest.getId());
    }
    assertThat(fixture.jobAt(atApproval, REMINDER).getDuedate()).isEqualTo(timers.get(REMINDER));
    assertThat(fixture.jobAt(atApproval, ESCALATION).getDuedate()).isEqualTo(timers.get(ESCALATION));
    assertThat(fixture.jobAt(atPayment, PAY_PRIORITY).getDuedate()).isEqualTo(timers.get(PAY_PRIORITY));
    assertThat(versions.get(KEY).onOlderVersions()).isZero();

    fixture.runJobAt(atApproval, REMINDER);
    assertThat(atApproval).isWaitingAt(APPROVE);
    fixture.submit(atComplete, "anna", validForm(atComplete.getBusinessKey(), "INV-M1", null));
    for (var request : List.of(atComplete, atApproval)) {
      decide(request, "svetlana", APPROVE_DECISION, null);
    }
    for (var request : List.of(atComplete, atApproval, atPayment)) {
      pay(request, "olga", "PO-M-" + request.getBusinessKey());
      fixture.runAsyncJobs(request, 5);
      assertThat(request).isEnded().hasPassed(END_PAID);
      assertThat(requests.get(request.getBusinessKey()).getStatus()).isEqualTo(PaymentStatus.PAID);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(request.getId())
          .singleResult().getProcessDefinitionId()).isEqualTo(newest.getId());
    }
  }

  // ---- helpers ----

  private ProcessInstance startOnTasklist(String user, String amount) {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    var form = Map.<String, Object>of(CONTRACTOR_INN.name(), nextContractor(),
        PURPOSE.name(), "Office chairs for the Kazan branch", CATEGORY.name(), "GOODS", AMOUNT.name(), amount,
        CURRENCY.name(), "RUB", PAY_BY.name(), calendar.today().plusDays(10).toString());
    return fixture.as(user, () -> engine.getFormService().submitStartForm(definition.getId(), form));
  }

  private ProcessInstance startViaApi(String user, String amount) {
    return startViaApi(user, amount, nextContractor());
  }

  private ProcessInstance startViaApi(String user, String amount, String contractor) {
    return starter.start(new PaymentRequestFields("Office chairs for the Kazan branch", PaymentCategory.GOODS,
        contractor, null, null, null, new BigDecimal(amount), "RUB", calendar.today().plusDays(10), null, null, null,
        null, null, null, null), user, null).instance();
  }

  private ProcessInstance approvalStage(String amount) {
    var instance = startViaApi("anna", amount);
    fixture.submit(instance, "anna", validForm(instance.getBusinessKey(), "INV-" + contractorSeed, null));
    assertThat(instance).isWaitingAt(APPROVE);
    return instance;
  }

  private Map<String, Object> validForm(String number, String invoiceNumber, String contractorEmail) {
    var request = requests.get(number).fields();
    return PaymentFixtures.completedRequest(request.contractorInn(), invoiceNumber, request.amount().toPlainString(),
        calendar.today().minusDays(1), calendar.today().plusDays(10), contractorEmail);
  }

  private void decide(ProcessInstance instance, String user, String decision, String comment) {
    var variables = new HashMap<String, Object>();
    variables.put(APPROVAL_DECISION.name(), decision);
    variables.put(COMMENT.name(), comment);
    fixture.submit(instance, user, variables);
  }

  private void pay(ProcessInstance instance, String user, String orderNumber) {
    fixture.submit(instance, user, Map.of(PAYMENT_DECISION.name(), PAY_DECISION,
        PAYMENT_ORDER_NUMBER.name(), orderNumber, PAYMENT_ORDER_DATE.name(), calendar.today().toString(),
        PAYMENT_ORDER_FILE.name(), Variables.fileValue("order.pdf").file(PDF).mimeType("application/pdf").create()));
  }

  private String nextContractor() {
    return inn("7803" + String.format("%05d", contractorSeed++));
  }
}
