package app.tandem.debt;

import static app.tandem.debt.OverdueDebtEscalationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import app.tandem.common.document.Documents;
import app.tandem.debt.ContactStage.ContactOutcome;
import app.tandem.debt.HeadOfSalesStage.Decision;
import app.tandem.debt.LegalStage.LegalDecision;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.support.Mails;
import app.tandem.support.ProcessFixture;
import app.tandem.support.ProcessTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of overdue-debt-escalation through the engine with Tandem's delegates, tables, documents and mail.
 *
 * <p>Size: One class per process, as the conventions say: long because it tests every path, timer and message of the escalation.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueDebtEscalationProcessTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);
  @RegisterExtension
  static final ProcessFixture fixture = ProcessFixture.covering(KEY).withMail(smtp).withVariableBudget();

  /** Wednesday 25 November 2026, 10:00 in Moscow: a working day. */
  static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired
  ProcessEngine engine;
  @Autowired
  DebtCaseForms columns;
  @Autowired
  ReceivableService receivables;
  @Autowired
  DunningStage dunning;
  @Autowired
  DebtCases cases;
  @Autowired
  OverdueDebtEscalationStarter escalations;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  Documents documents;

  @Autowired
  app.tandem.admin.ProcessVersions versions;


  @BeforeEach
  void init() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  // ---- dunning ----

  @Test
  void theTasklistColumnsShowTheCaseAndKeepNoEngineHistory() {
    fixture.assertColumnsKeepNoHistory(escalate(3, "120000.00"), columns, MANAGER_ID.name());
  }

  @Test
  void aPoliteReminderGoesOutAndAPaymentDuringTheWaitSettlesTheInvoice() throws Exception {
    var instance = escalate(3, "120000.00");
    String number = instance.getBusinessKey();

    assertThat(instance).isWaitingAt(SEND_REMINDER);
    assertThat(smtp.getReceivedMessages()).as("the customer's mail goes out in its own job").isEmpty();
    fixture.runJobAt(instance, SEND_REMINDER);

    assertThat(instance).isWaitingAt(REMINDER_WAIT);
    assertThat(fixture.timerDue(instance, REMINDER_WAIT)).isEqualTo(Date.from(TODAY.plusDays(7).atTime(10, 0).atZone(MOSCOW)
        .toInstant()));
    var mail = fixture.mailsTo(receivables.get(number).getCustomerEmail()).get(0);
    assertThat(mail.getSubject()).isEqualTo("Reminder: invoice " + number + " is overdue");
    assertThat(Mails.text(mail)).contains("120\u00a0000,00\u00a0₽ is still outstanding").contains(number);
    assertThat(Mails.attachmentNames(mail)).containsExactly("overdue-invoices.csv");

    pay(number, "120000.00", "PP-1");
    assertThat(instance).isWaitingAt(NOTIFY_SETTLED);
    fixture.runJobAt(instance, NOTIFY_SETTLED);
    assertThat(instance).isEnded().hasPassed(END_SETTLED);
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.SETTLED);
    assertThat(events(number)).containsSubsequence("REGISTERED", "BECAME_OVERDUE", "REMINDER_1_SENT",
        "PAYMENT_RECEIVED", "SETTLED");
  }

  @Test
  void aCustomerWithoutAnEmailAddressIsRecordedAsNotRemindedAndTheManagerCallsAfterBothSteps() throws Exception {
    var data = DebtFixtures.invoice(TODAY, 3, "30000.00", "RUB");
    var withoutEmail = new ReceivableData(data.invoiceNumber(), data.customerInn(), data.customerName(),
        data.managerId(), data.amount(), data.currency(), data.issueDate(), data.dueDate(), null);
    receivables.register(withoutEmail, "olga");
    dunning.markNewlyOverdue(TODAY);
    escalations.start(withoutEmail.invoiceNumber());
    var instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(withoutEmail.invoiceNumber()).singleResult();
    fixture.runJobAt(instance, START);
    fixture.runJobAt(instance, SEND_REMINDER);
    fixture.runJobAt(instance, REMINDER_WAIT);
    fixture.runJobAt(instance, SEND_REMINDER);
    fixture.runJobAt(instance, REMINDER_WAIT);

    assertThat(instance).isWaitingAt(CONTACT);
    assertThat(events(withoutEmail.invoiceNumber())).containsSubsequence("REMINDER_1_NOT_SENT", "REMINDER_2_NOT_SENT")
        .doesNotContain("REMINDER_1_SENT", "REMINDER_2_SENT");
    assertThat(receivables.historyOf(withoutEmail.invoiceNumber())).filteredOn(e -> e.getEvent().endsWith("_NOT_SENT"))
        .extracting(e -> e.getComment()).containsOnly(
            "Not reminded: the customer has no e-mail address (add one in the counterparty directory)");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void afterTwoRemindersTheManagerCallsByTheEndOfTheSecondWorkingDay() throws Exception {
    var instance = escalate(3, "200000.00");
    String number = instance.getBusinessKey();
    fixture.runJobAt(instance, SEND_REMINDER);
    fixture.runJobAt(instance, REMINDER_WAIT);
    assertThat(receivables.get(instance.getBusinessKey()).getDunningAction()).isEqualTo(REMINDER_2);
    fixture.runJobAt(instance, SEND_REMINDER);
    assertThat(fixture.mailsTo(receivables.get(number).getCustomerEmail())).extracting(MimeMessage::getSubject)
        .contains("Second reminder: invoice " + number + " — 200\u00a0000,00\u00a0₽ overdue");
    fixture.runJobAt(instance, REMINDER_WAIT);

    assertThat(instance).isWaitingAt(CONTACT).task().isAssignedTo("anna");
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(TODAY.plusDays(2).atTime(18, 0).atZone(MOSCOW).toInstant()));
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.CONTACTING);
  }

  @Test
  void aKeptPromiseContinuesTheDunningWithAFreshCall() {
    var escalated = escalate(3, "200000.00");
    String number = escalated.getBusinessKey();
    dunning.reminderSent(number, 1, "ap@customer.example"); // given: both reminders went out, so the policy calls
    dunning.reminderSent(number, 2, "ap@customer.example");
    var instance = atContact(escalated);

    contact(instance, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.PROMISED.name(), PROMISED_DATE.name(), TODAY.plusDays(5).toString(),
        PROMISED_AMOUNT.name(), "150 000,00", COMMENT.name(), "Spoke to the CFO"));
    assertThat(instance).isWaitingAt(PROMISE_WAIT);
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.PROMISED);
    // promised Monday 30 Nov + 2 working days = Wednesday 2 Dec, 09:00 Moscow
    assertThat(fixture.timerDue(instance, PROMISE_WAIT)).isEqualTo(Date.from(LocalDate.of(2026, 12, 2).atTime(9, 0)
        .atZone(MOSCOW).toInstant()));

    pay(number, "150000.00", "PP-2");
    fixture.runJobAt(instance, PROMISE_WAIT);
    assertThat(instance).isWaitingAt(CONTACT);
    assertThat(cases.promisesOf(number)).extracting(PaymentPromise::getOutcome)
        .containsExactly(PaymentPromise.Outcome.KEPT);
    assertThat(receivables.get(number).getBalance()).isEqualByComparingTo("50000.00");
    assertThat(task(instance).getDueDate()).as("a fresh deadline for the new call").isNotNull();
  }

  @Test
  void aBrokenPromiseEscalatesToTheHeadOfSalesWithThePromiseOnTheCaseCard() {
    var instance = atContact(escalate(3, "90000.00"));
    String number = instance.getBusinessKey();
    contact(instance, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.PROMISED.name(), PROMISED_DATE.name(), TODAY.toString(),
        PROMISED_AMOUNT.name(), "90000"));
    pay(number, "10000.00", "PP-3");
    fixture.runJobAt(instance, PROMISE_WAIT);

    assertThat(instance).isWaitingAt(DECIDE).task().hasCandidateGroup("sales-heads");
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.ESCALATED);
    assertThat(fixture.form(instance, "svetlana").get("caseCard").toString())
        .contains("\"label\":\"Promises to pay\",\"value\":\"" + number + ": 90\u00a0000,00\u00a0₽ by")
        .contains("— broken").contains("\"label\":\"Customer's total overdue\",\"value\":\"80\u00a0000,00\u00a0₽");
    assertThat(historyOf(number)).anySatisfy(e -> assertThat(e).contains("ESCALATED", "broke the promise"));
    assertThat(events(number)).containsSubsequence("PROMISED_TO_PAY", "PROMISE_BROKEN", "ESCALATED");
  }

  @Test
  void theHeadOfSalesGivesTheManagerANewDeadlineAndPutsTheCustomerOnHold() {
    var instance = atDecision(escalate(3, "90000.00"));
    String number = instance.getBusinessKey();

    decide(instance, Map.of(DEBT_DECISION.name(), Decision.NEW_DEADLINE.name(), NEW_DEADLINE.name(), TODAY.plusDays(1).toString(),
        CREDIT_HOLD.name(), true, COMMENT.name(), "Last chance before legal"));
    String inn = receivables.get(number).getCustomerInn();
    assertThat(directory.find(inn).orElseThrow().isOnCreditHold()).isTrue();
    assertThat(directory.find(inn).orElseThrow().getCreditHoldReason()).isEqualTo("Last chance before legal");
    assertThat(instance).isWaitingAt(CONTACT);
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(TODAY.plusDays(1).atTime(18, 0).atZone(MOSCOW).toInstant()));
    assertThat(fixture.form(instance, "anna")).containsEntry("onCreditHold", true);
    assertThat(events(number)).containsSubsequence("ESCALATED", "NEW_DEADLINE", "CREDIT_HOLD_SET");
  }

  @Test
  void aDisputeAfterANewDeadlineComesBackToTheHeadOfSalesWhoSeesTheHoldAndLiftsIt() {
    var instance = atDecision(escalate(3, "90000.00"));
    String number = instance.getBusinessKey();
    String inn = receivables.get(number).getCustomerInn();
    decide(instance, Map.of(DEBT_DECISION.name(), Decision.NEW_DEADLINE.name(), NEW_DEADLINE.name(), TODAY.plusDays(1).toString(),
        CREDIT_HOLD.name(), true, COMMENT.name(), "Last chance before legal"));
    assertThat(instance).isWaitingAt(CONTACT);

    contact(instance, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.DISPUTED.name(), DISPUTE_REASON.name(), "Goods arrived damaged"));
    assertThat(instance).isWaitingAt(DECIDE);
    assertThat(receivables.get(number).getDisputeReason()).isEqualTo("Goods arrived damaged");
    assertThat(fixture.form(instance, "svetlana")).as("the form shows the current hold").containsEntry(CREDIT_HOLD.name(), true);
    decide(instance, Map.of(DEBT_DECISION.name(), Decision.NEW_DEADLINE.name(), NEW_DEADLINE.name(), TODAY.plusDays(2).toString(),
        CREDIT_HOLD.name(), false));
    assertThat(directory.find(inn).orElseThrow().isOnCreditHold()).isFalse();
    assertThat(instance).as("round the loop a second time in the same case").isWaitingAt(CONTACT);
    assertThat(events(number)).containsSubsequence("NEW_DEADLINE", "CREDIT_HOLD_SET", "DISPUTED", "ESCALATED",
        "NEW_DEADLINE", "CREDIT_HOLD_LIFTED");
  }

  @Test
  void noOutcomeByTheDeadlineEscalates() {
    var instance = atContact(escalate(3, "50000.00"));
    assertThat(fixture.timerDue(instance, CONTACT_OVERDUE)).isEqualTo(task(instance).getDueDate());
    fixture.runJobAt(instance, CONTACT_OVERDUE);
    assertThat(instance).isWaitingAt(DECIDE);
    assertThat(historyOf(instance.getBusinessKey())).anySatisfy(e -> assertThat(e).contains("no contact outcome"));
  }

  @Test
  void aCustomerWhoCannotBeReachedIsCalledAgainTheNextWorkingDayAndEscalatedAfterThreeTries() {
    var instance = escalate(3, "50000.00");
    fixture.runJobAt(instance, SEND_REMINDER);
    fixture.runJobAt(instance, REMINDER_WAIT);
    fixture.runJobAt(instance, SEND_REMINDER);
    fixture.runJobAt(instance, REMINDER_WAIT);
    for (int attempt = 1; attempt <= 3; attempt++) {
      contact(instance, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.UNREACHABLE.name(), COMMENT.name(), "No answer, attempt " + attempt));
      assertThat(instance).isWaitingAt(RETRY_WAIT);
      fixture.runJobAt(instance, RETRY_WAIT);
      assertThat(receivables.get(instance.getBusinessKey()).getDunningAction()).isEqualTo(attempt < 3 ? CALL : ESCALATE_ACTION);
    }
    assertThat(instance).isWaitingAt(DECIDE);
    assertThat(receivables.get(instance.getBusinessKey()).getFailedContacts()).isEqualTo(3);
  }

  @Test
  void aLargeLongOverdueDebtGoesStraightToTheHeadOfSales() {
    var instance = escalate(50, "7000000.00");
    assertThat(instance).isWaitingAt(DECIDE);
    assertThat(receivables.get(instance.getBusinessKey()).getDunningReason()).isEqualTo("More than 45 days overdue");
  }

  @Test
  void aPromiseInThePastOrAboveTheBalanceIsRefusedAndTheTaskStays() {
    var instance = atContact(escalate(3, "50000.00"));
    assertThatThrownBy(() -> contact(instance, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.PROMISED.name(),
        PROMISED_DATE.name(), TODAY.minusDays(1).toString(), PROMISED_AMOUNT.name(), "60000")))
        .hasMessageContaining("The promised date 24.11.2026 is in the past")
        .hasMessageContaining("The promised amount is more than the balance 50\u00a0000,00\u00a0₽");
    assertThatThrownBy(() -> contact(instance, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.DISPUTED.name())))
        .hasMessageContaining("Say why the customer disputes the invoice");
    assertThat(instance).isWaitingAt(CONTACT);
    assertThat(cases.promisesOf(instance.getBusinessKey())).isEmpty();
  }

  // ---- legal ----

  @Test
  void legalSendsThePreTrialClaimWithItsFileAndWaitsThirtyDays() {
    var instance = atDecision(escalate(50, "300000.00"));
    String number = instance.getBusinessKey();
    decide(instance, Map.of(DEBT_DECISION.name(), Decision.LEGAL.name(), COMMENT.name(), "No more patience"));
    assertThat(instance).isWaitingAt(SEND_CLAIM).task().hasCandidateGroup("legal");

    assertThatThrownBy(() -> legal(instance, Map.of(CLAIM_SENT_ON.name(), TODAY.toString())))
        .hasMessageContaining("Attach the claim as sent");
    legal(instance, Map.of(CLAIM_SENT_ON.name(), TODAY.toString(),
        CLAIM_FILE.name(), Variables.fileValue("claim.pdf").file(PDF).mimeType("application/pdf").create()));
    assertThat(instance).isWaitingAt(CLAIM_WAIT);
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.IN_LEGAL);
    assertThat(receivables.get(number).getClaimSentOn()).isEqualTo(TODAY);
    assertThat(fixture.timerDue(instance, CLAIM_WAIT)).isEqualTo(Date.from(TODAY.plusDays(30).atTime(9, 0).atZone(MOSCOW)
        .toInstant()));
    assertThat(documents.of(ReceivableService.CASE_TYPE, number)).extracting("kind", "fileName")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("claim", "claim.pdf"));
  }

  @Test
  void afterTheAnswerPeriodLegalFilesALawsuitWithTheCourtsCaseNumber() {
    var instance = claimSent(escalate(50, "300000.00"));
    String number = instance.getBusinessKey();

    fixture.runJobAt(instance, CLAIM_WAIT);
    assertThat(instance).isWaitingAt(FILE_LAWSUIT);
    assertThatThrownBy(() -> legal(instance, Map.of(LEGAL_DECISION.name(), LegalDecision.FILE.name())))
        .hasMessageContaining("Enter the court's case number");
    legal(instance, Map.of(LEGAL_DECISION.name(), LegalDecision.FILE.name(), LAWSUIT_CASE_NUMBER.name(), "А40-12345/2027",
        COURT.name(), "Moscow Arbitration Court"));
    assertThat(instance).isWaitingAt(CLOSE_LITIGATION);
    assertThat(receivables.get(number).getLawsuitCaseNumber()).isEqualTo("А40-12345/2027");
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.IN_LEGAL);
  }

  @Test
  void afterJudgmentLegalReturnsTheCaseToTheHeadOfSalesAndCannotFileTwice() {
    var instance = claimSent(escalate(50, "300000.00"));
    String number = instance.getBusinessKey();
    fixture.runJobAt(instance, CLAIM_WAIT);
    legal(instance, Map.of(LEGAL_DECISION.name(), LegalDecision.FILE.name(), LAWSUIT_CASE_NUMBER.name(), "А40-12346/2027",
        COURT.name(), "Moscow Arbitration Court"));
    assertThat(instance).isWaitingAt(CLOSE_LITIGATION);

    assertThatThrownBy(() -> legal(instance, Map.of(LEGAL_DECISION.name(), LegalDecision.FILE.name())))
        .hasMessageContaining("already filed");
    legal(instance, Map.of(LEGAL_DECISION.name(), LegalDecision.RETURN.name(), COMMENT.name(), "Judgment for us; enforce it"));
    assertThat(instance).isWaitingAt(DECIDE);
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.ESCALATED);
  }

  @Test
  void legalCanProposeAWriteOffAfterTheAnswerPeriod() {
    var instance = atDecision(escalate(50, "300000.00"));
    decide(instance, Map.of(DEBT_DECISION.name(), Decision.LEGAL.name()));
    legal(instance, Map.of(CLAIM_SENT_ON.name(), TODAY.toString(),
        CLAIM_FILE.name(), Variables.fileValue("claim.pdf").file(PDF).mimeType("application/pdf").create()));
    fixture.runJobAt(instance, CLAIM_WAIT);
    legal(instance, Map.of(LEGAL_DECISION.name(), LegalDecision.WRITE_OFF.name(), COMMENT.name(), "The customer is in bankruptcy"));
    assertThat(instance).isWaitingAt(APPROVE_WRITE_OFF).task().hasCandidateGroup("finance");
  }

  // ---- write-off ----

  @Test
  void aWriteOffRefusedByFinanceGoesBackAndAnApprovedOneClosesTheCase() throws Exception {
    var instance = atDecision(escalate(50, "45000.00"));
    String number = instance.getBusinessKey();
    assertThatThrownBy(() -> decide(instance, Map.of(DEBT_DECISION.name(), Decision.WRITE_OFF.name())))
        .hasMessageContaining("Say why the debt should be written off");
    decide(instance, Map.of(DEBT_DECISION.name(), Decision.WRITE_OFF.name(), COMMENT.name(), "Customer liquidated"));
    assertThat(instance).isWaitingAt(APPROVE_WRITE_OFF);
    assertThatThrownBy(() -> finance(instance, Map.of(WRITE_OFF_DECISION.name(), "REFUSE")))
        .hasMessageContaining("Say why the write-off is refused");
    finance(instance, Map.of(WRITE_OFF_DECISION.name(), "REFUSE", COMMENT.name(), "Try legal first"));
    assertThat(instance).isWaitingAt(DECIDE);

    decide(instance, Map.of(DEBT_DECISION.name(), Decision.WRITE_OFF.name(), COMMENT.name(), "Liquidation confirmed"));
    finance(instance, Map.of(WRITE_OFF_DECISION.name(), "APPROVE"));
    assertThat(instance).isWaitingAt(WRITE_OFF);
    fixture.runJobAt(instance, WRITE_OFF);
    assertThat(instance).isEnded().hasPassed(END_WRITTEN_OFF);
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.WRITTEN_OFF);
    assertThat(fixture.mailsTo("anna@tandem.example")).extracting(MimeMessage::getSubject)
        .contains("Invoice " + number + " written off: 45\u00a0000,00\u00a0₽");
    assertThat(fixture.mailsTo("svetlana@tandem.example")).isNotEmpty();
  }

  // ---- restructuring ----

  @Test
  void aRestructuredDebtIsWatchedInstalmentByInstalmentAndAMissedOneGoesBackToTheHeadOfSales() {
    var instance = atDecision(escalate(50, "100000.00"));
    String number = instance.getBusinessKey();
    decide(instance, Map.of(DEBT_DECISION.name(), Decision.RESTRUCTURE.name()));
    assertThat(instance).isWaitingAt(AGREE_SCHEDULE).task().hasCandidateGroup("finance").hasCandidateUser("anna");

    assertThatThrownBy(() -> finance(instance, Map.of(INSTALMENTS.name(), schedule("2026-12-10", "40000",
        "2027-01-11", "50000")))).hasMessageContaining("The instalments sum to 90\u00a0000,00\u00a0₽, the balance is 100\u00a0000,00\u00a0₽");
    finance(instance, Map.of(INSTALMENTS.name(), schedule("2026-12-10", "40000", "2027-01-11", "60000,00")));
    assertThat(instance).isWaitingAt(INSTALMENT_WAIT);
    assertThat(receivables.get(number).getStatus()).isEqualTo(ReceivableStatus.RESTRUCTURED);
    // 10 Dec (Thursday) + 3 working days = 15 Dec
    assertThat(fixture.timerDue(instance, INSTALMENT_WAIT)).isEqualTo(Date.from(LocalDate.of(2026, 12, 15).atTime(9, 0)
        .atZone(MOSCOW).toInstant()));

    pay(number, "40000.00", "PP-I1");
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 12, 15).atTime(9, 0).atZone(MOSCOW).toInstant()));
    fixture.runJobAt(instance, INSTALMENT_WAIT);
    assertThat(instance).isWaitingAt(INSTALMENT_WAIT);
    assertThat(cases.scheduleOf(number)).extracting(Instalment::getStatus)
        .containsExactly(Instalment.Status.PAID, Instalment.Status.OPEN);

    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 14).atTime(9, 0).atZone(MOSCOW).toInstant()));
    fixture.runJobAt(instance, INSTALMENT_WAIT);
    assertThat(instance).isWaitingAt(DECIDE);
    assertThat(cases.scheduleOf(number)).extracting(Instalment::getStatus)
        .containsExactly(Instalment.Status.PAID, Instalment.Status.MISSED);
    assertThat(historyOf(number)).anySatisfy(e -> assertThat(e).contains("instalment of the payment schedule was missed"));
  }

  // ---- a payment ends the escalation at any stage ----

  @Test
  void aPaymentWhileTheManagerHoldsTheContactTaskEndsItAndTellsTheManager() throws Exception {
    var instance = atContact(escalate(3, "70000.00"));
    pay(instance.getBusinessKey(), "70000.00", "PP-C");
    fixture.runJobAt(instance, NOTIFY_SETTLED);
    assertThat(instance).isEnded().hasPassed(END_SETTLED);
    assertThat(fixture.mailsTo("anna@tandem.example")).extracting(MimeMessage::getSubject)
        .containsExactly("Invoice " + instance.getBusinessKey() + " settled — your task is closed");
  }

  @Test
  void aPaymentWhileTheHeadOfSalesDecidesEndsItAndTellsTheHeadsOfSales() throws Exception {
    var instance = atDecision(escalate(50, "70000.00"));
    pay(instance.getBusinessKey(), "30000.00", "PP-D1");
    assertThat(instance).isWaitingAt(DECIDE);
    pay(instance.getBusinessKey(), "45000.00", "PP-D2");
    fixture.runJobAt(instance, NOTIFY_SETTLED);
    assertThat(instance).isEnded();
    assertThat(fixture.mailsTo("svetlana@tandem.example")).hasSize(1);
    var receivable = receivables.get(instance.getBusinessKey());
    assertThat(receivable.getOverpaid()).isEqualByComparingTo("5000.00");
    assertThat(events(instance.getBusinessKey())).contains("OVERPAID", "SETTLED");
  }

  @Test
  void aPaymentDuringLegalOrRestructuringEndsItToo() throws Exception {
    var legal = atDecision(escalate(50, "10000.00"));
    decide(legal, Map.of(DEBT_DECISION.name(), Decision.LEGAL.name()));
    pay(legal.getBusinessKey(), "10000.00", "PP-L");
    fixture.runJobAt(legal, NOTIFY_SETTLED);
    assertThat(legal).isEnded().hasPassed(END_SETTLED);
    assertThat(fixture.mailsTo("lev@tandem.example")).hasSize(1);

    var restructured = atDecision(escalate(50, "10000.00"));
    decide(restructured, Map.of(DEBT_DECISION.name(), Decision.RESTRUCTURE.name()));
    finance(restructured, Map.of(INSTALMENTS.name(), schedule("2026-12-10", "10000")));
    pay(restructured.getBusinessKey(), "10000.00", "PP-R");
    fixture.runJobAt(restructured, NOTIFY_SETTLED);
    assertThat(restructured).isEnded().hasPassed(END_SETTLED);
  }

  @Test
  void theSamePaymentReportedTwiceCountsOnce() {
    var instance = atContact(escalate(3, "70000.00"));
    String number = instance.getBusinessKey();
    pay(number, "20000.00", "PP-X");
    pay(number, "20000.00", "PP-X");
    assertThat(receivables.get(number).getBalance()).isEqualByComparingTo("50000.00");
    assertThat(instance).isWaitingAt(CONTACT);
  }

  // ---- a process owner's new version ----

  @Test
  void escalationsWaitingAtEveryTaskAndTimerMoveToANewVersionWithTheirTimersAndEndOnIt() {
    Map<String, ProcessInstance> waiting = new java.util.LinkedHashMap<>();
    var afterReminder = escalate(3, "10000.00");
    fixture.runJobAt(afterReminder, SEND_REMINDER);
    waiting.put(REMINDER_WAIT, afterReminder);
    waiting.put(CONTACT, atContact(escalate(3, "10000.00")));
    var retry = escalate(3, "10000.00");
    fixture.runJobAt(retry, SEND_REMINDER);
    fixture.runJobAt(retry, REMINDER_WAIT);
    fixture.runJobAt(retry, SEND_REMINDER);
    fixture.runJobAt(retry, REMINDER_WAIT);
    contact(retry, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.UNREACHABLE.name(), COMMENT.name(), "No answer"));
    waiting.put(RETRY_WAIT, retry);
    var promised = atContact(escalate(3, "10000.00"));
    contact(promised, Map.of(CONTACT_OUTCOME.name(), ContactOutcome.PROMISED.name(), PROMISED_DATE.name(), TODAY.plusDays(5).toString(),
        PROMISED_AMOUNT.name(), "10000"));
    waiting.put(PROMISE_WAIT, promised);
    waiting.put(DECIDE, atDecision(escalate(50, "10000.00")));
    var restructure = atDecision(escalate(50, "10000.00"));
    decide(restructure, Map.of(DEBT_DECISION.name(), Decision.RESTRUCTURE.name()));
    waiting.put(AGREE_SCHEDULE, restructure);
    var instalments = atDecision(escalate(50, "10000.00"));
    decide(instalments, Map.of(DEBT_DECISION.name(), Decision.RESTRUCTURE.name()));
    finance(instalments, Map.of(INSTALMENTS.name(), schedule("2026-12-10", "10000")));
    waiting.put(INSTALMENT_WAIT, instalments);
    var writeOff = atDecision(escalate(50, "10000.00"));
    decide(writeOff, Map.of(DEBT_DECISION.name(), Decision.WRITE_OFF.name(), COMMENT.name(), "Customer liquidated"));
    waiting.put(APPROVE_WRITE_OFF, writeOff);
    var claim = atDecision(escalate(50, "10000.00"));
    decide(claim, Map.of(DEBT_DECISION.name(), Decision.LEGAL.name()));
    waiting.put(SEND_CLAIM, claim);
    waiting.put(CLAIM_WAIT, claimSent(escalate(50, "10000.00")));
    var lawsuit = claimSent(escalate(50, "10000.00"));
    fixture.runJobAt(lawsuit, CLAIM_WAIT);
    waiting.put(FILE_LAWSUIT, lawsuit);
    var litigation = claimSent(escalate(50, "10000.00"));
    fixture.runJobAt(litigation, CLAIM_WAIT);
    legal(litigation, Map.of(LEGAL_DECISION.name(), LegalDecision.FILE.name(), LAWSUIT_CASE_NUMBER.name(), "А40-1/2027",
        COURT.name(), "Moscow Arbitration Court"));
    waiting.put(CLOSE_LITIGATION, litigation);
    waiting.forEach((activity, instance) -> assertThat(instance).as(activity).isWaitingAt(activity));
    Map<String, ProcessInstance> timerOf = new java.util.HashMap<>();
    for (String timer : List.of(REMINDER_WAIT, RETRY_WAIT, PROMISE_WAIT, INSTALMENT_WAIT, CLAIM_WAIT)) {
      timerOf.put(timer, waiting.get(timer));
    }
    timerOf.put(CONTACT_OVERDUE, waiting.get(CONTACT));
    Map<String, Date> timers = new java.util.HashMap<>();
    timerOf.forEach((timer, instance) -> timers.put(timer, fixture.timerDue(instance, timer)));

    fixture.deployNewVersion("overdue-debt-escalation.bpmn", bpmn -> bpmn.replace("</bpmn:definitions>",
        "<!-- the process owner's version -->\n</bpmn:definitions>"));
    var newest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    fixture.migrateAllToNewest(versions, KEY);

    waiting.forEach((activity, instance) -> {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
          .singleResult().getProcessDefinitionId()).as(activity).isEqualTo(newest.getId());
      assertThat(instance).as(activity).isWaitingAt(activity);
    });
    timers.forEach((timer, due) -> assertThat(fixture.timerDue(timerOf.get(timer), timer))
        .as("the timer " + timer + " keeps its due date").isEqualTo(due));

    // the timers fire on the new version, and a payment ends every escalation wherever it waits
    fixture.runJobAt(afterReminder, REMINDER_WAIT);
    assertThat(afterReminder).isWaitingAt(SEND_REMINDER);
    fixture.runJobAt(retry, RETRY_WAIT);
    assertThat(retry).isWaitingAt(CONTACT);
    waiting.forEach((activity, instance) -> {
      pay(instance.getBusinessKey(), "10000.00", "PP-M-" + activity);
      fixture.runJobAt(instance, NOTIFY_SETTLED);
      assertThat(instance).as(activity).isEnded().hasPassed(END_SETTLED);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
          .singleResult().getProcessDefinitionId()).isEqualTo(newest.getId());
    });
  }

  // ---- helpers ----

  /** An invoice overdue by {@code days}, picked up by the scan: waiting at the escalation's first step. */
  private ProcessInstance escalate(int days, String amount) {
    var data = DebtFixtures.invoice(TODAY, days, amount, "RUB");
    receivables.register(data, "olga");
    assertThat(dunning.markNewlyOverdue(TODAY)).contains(data.invoiceNumber());
    assertThat(escalations.start(data.invoiceNumber())).isTrue();
    assertThat(escalations.start(data.invoiceNumber())).as("never two for one invoice").isFalse();
    var instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(data.invoiceNumber()).singleResult();
    fixture.runJobAt(instance, START);
    return instance;
  }

  private ProcessInstance atContact(ProcessInstance instance) {
    // fast-forward the dunning: the manager calls
    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
        .cancelAllForActivity(SEND_REMINDER).cancelAllForActivity(DECIDE)
        .startBeforeActivity(CONTACT)
        .execute();
    assertThat(instance).isWaitingAt(CONTACT);
    return instance;
  }

  private ProcessInstance atDecision(ProcessInstance instance) {
    if (!engine.getRuntimeService().getActiveActivityIds(instance.getId()).contains(DECIDE)) {
      engine.getRuntimeService().createProcessInstanceModification(instance.getId())
          .cancelAllForActivity(SEND_REMINDER).startBeforeActivity(ESCALATE).execute();
    }
    assertThat(instance).isWaitingAt(DECIDE);
    return instance;
  }

  /** Handed to legal, who sent the claim today: waiting for the statutory answer period. */
  private ProcessInstance claimSent(ProcessInstance instance) {
    decide(atDecision(instance), Map.of(DEBT_DECISION.name(), Decision.LEGAL.name()));
    legal(instance, Map.of(CLAIM_SENT_ON.name(), TODAY.toString(),
        CLAIM_FILE.name(), Variables.fileValue("claim.pdf").file(PDF).mimeType("application/pdf").create()));
    assertThat(instance).isWaitingAt(CLAIM_WAIT);
    return instance;
  }

  private void contact(ProcessInstance instance, Map<String, Object> form) {
    fixture.submit(instance, "anna", new HashMap<>(form));
  }

  private void decide(ProcessInstance instance, Map<String, Object> form) {
    fixture.submit(instance, "svetlana", new HashMap<>(form));
  }

  private void finance(ProcessInstance instance, Map<String, Object> form) {
    fixture.submit(instance, "fedor", new HashMap<>(form));
  }

  private void legal(ProcessInstance instance, Map<String, Object> form) {
    fixture.submit(instance, "lev", new HashMap<>(form));
  }

  private void pay(String number, String amount, String reference) {
    receivables.recordPayment(number, new ReceivableService.PaymentData(new BigDecimal(amount), TODAY, reference), "olga");
  }

  private static Object schedule(String... dateAmountPairs) {
    var json = Spin.JSON("[]");
    for (int i = 0; i < dateAmountPairs.length; i += 2) {
      json.append(Spin.JSON(Map.of("dueDate", dateAmountPairs[i], "amount", dateAmountPairs[i + 1])));
    }
    return json;
  }

  private List<String> events(String number) {
    return receivables.historyOf(number).stream().map(e -> e.getEvent()).toList();
  }

  private List<String> historyOf(String number) {
    return receivables.historyOf(number).stream().map(e -> e.getEvent() + " " + e.getComment()).toList();
  }

}
