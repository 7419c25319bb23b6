package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.debt.DebtCases;
import app.tandem.debt.DunningStage;
import app.tandem.debt.HardCasesReviewProcess;
import app.tandem.debt.Instalment;
import app.tandem.debt.OverdueDebtEscalationProcess;
import app.tandem.debt.OverdueDebtEscalationStarter;
import app.tandem.debt.PaymentPromise;
import app.tandem.debt.ReceivableData;
import app.tandem.debt.ReceivableService;
import app.tandem.debt.ReceivableStatus;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Overdue-debt escalation through the real Tasklist, every task of it: after two reminders anna records the
 * customer's promise (a date in the past is refused on the field), the promise breaks, svetlana restructures
 * and puts the customer on credit hold, fedor agrees two instalments. A second, long-overdue invoice goes
 * to legal: lev sends the claim, files the lawsuit and closes the litigation as unrecoverable, fedor
 * approves the write-off. At month end svetlana reviews the hard cases. The job executor runs as in
 * production; the waits between steps (days in real life) are timers this journey fires when it gets there.
 *
 * <p>Size: Long because the journey walks every task form of the escalation in the browser.
 */
@TandemSpringTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class DebtEscalationJourney {

  static final DateTimeFormatter OFFICE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;
  @Autowired
  ReceivableService receivables;
  @Autowired
  DunningStage dunning;
  @Autowired
  DebtCases cases;
  @Autowired
  OverdueDebtEscalationStarter escalations;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
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
  @Autowired
  Documents documents;

  @Test
  @Covers({"overdue-debt-escalation/Task_ContactCustomer", "overdue-debt-escalation/Task_DecideOnDebt",
      "overdue-debt-escalation/Task_AgreePaymentSchedule", "overdue-debt-escalation/Task_SendClaim",
      "overdue-debt-escalation/Task_FileLawsuit", "overdue-debt-escalation/Task_CloseLitigation",
      "overdue-debt-escalation/Task_ApproveWriteOff", "hard-cases-review/Task_ReviewHardCases"})
  void aPromiseBreaksAndIsRestructuredALongDebtGoesThroughLegalToAWriteOffAndTheMonthIsReviewed() throws Exception {
    var since = new Date();
    var today = calendar.today();
    String inn = RequisitesFixtures.inn("771600001");
    String restructured = "INV-2026-0777";
    receivables.register(new ReceivableData(restructured, inn, "Volga Foods LLC", "anna", new BigDecimal("250000.00"),
        "RUB", today.minusDays(40), today.minusDays(10), "ap@volga.example"), "olga");
    String unrecoverable = "INV-2026-0501";
    receivables.register(new ReceivableData(unrecoverable, RequisitesFixtures.inn("771600002"), "Kama Logistics LLC",
        "boris", new BigDecimal("96000.00"), "RUB", today.minusDays(90), today.minusDays(60), "buh@kama.example"),
        "olga");
    dunning.markNewlyOverdue(today).forEach(escalations::start);

    // two reminders go out, a few days apart
    fireTimer(restructured, OverdueDebtEscalationProcess.REMINDER_WAIT);
    fireTimer(restructured, OverdueDebtEscalationProcess.REMINDER_WAIT);
    Browser.await(() -> receivables.get(restructured).getStatus() == ReceivableStatus.CONTACTING, "the manager's call");
    // mails leave through the outbox after the step's commit, on the dispatcher's threads
    Browser.await(() -> java.util.Arrays.stream(smtp.getReceivedMessages()).anyMatch(mail -> {
      try {
        return mail.getSubject().equals("Reminder: invoice " + restructured + " is overdue");
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    }), "the first reminder");
    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject())
        .contains("Reminder: invoice " + restructured + " is overdue");

    try (var browser = new Browser(port)) {
      // anna calls the customer and records the promise
      browser.logIn("tasklist", "anna", "anna");
      browser.openTask("My overdue customers", "Contact customer");
      browser.waitUntil(driver -> browser.formText().contains(restructured));
      browser.choose("contactOutcome", "Promised to pay");
      browser.fill("promisedDate", today.minusDays(1).format(OFFICE_DATE));
      assertThat(browser.errorAt("promisedDate")).isEqualTo("Promised date cannot be in the past");
      browser.fill("promisedDate", today.format(OFFICE_DATE));
      browser.fill("promisedAmount", "250 000");
      browser.fill("comment", "The CFO promised to pay today");
      browser.screenshot("debt-1-contact-customer");
      browser.completeTask();
      Browser.await(() -> receivables.get(restructured).getStatus() == ReceivableStatus.PROMISED, "the promise");
      browser.logOut();

      // the promised date and the grace days pass without payment: the promise breaks
      fireTimer(restructured, OverdueDebtEscalationProcess.PROMISE_WAIT);
      Browser.await(() -> receivables.get(restructured).getStatus() == ReceivableStatus.ESCALATED, "the escalation");
      assertThat(cases.promisesOf(restructured)).extracting(PaymentPromise::getOutcome)
          .containsExactly(PaymentPromise.Outcome.BROKEN);

      // svetlana restructures the first and stops deliveries; the second goes to legal
      browser.logIn("tasklist", "svetlana", "svetlana");
      openCase(browser, "Escalated debts", "Decide on overdue debt", restructured);
      browser.claim();
      assertThat(browser.formText()).contains("— broken", "Escalated to the head of sales");
      browser.choose("debtDecision", "Restructure: agree a payment schedule (finance)");
      browser.tick("creditHold");
      browser.fill("comment", "Broken promise, but a cash gap only: agree a schedule");
      browser.screenshot("debt-2-decide-restructure");
      browser.completeTask();
      Browser.await(() -> directory.isOnCreditHold(inn), "the credit hold");
      openCase(browser, "Escalated debts", "Decide on overdue debt", unrecoverable);
      browser.claim();
      browser.choose("debtDecision", "Hand to legal: pre-trial claim");
      browser.completeTask();
      Browser.await(() -> tasks.createTaskQuery().processInstanceBusinessKey(unrecoverable)
          .taskDefinitionKey(OverdueDebtEscalationProcess.SEND_CLAIM).count() == 1, "the claim task");
      browser.logOut();

      // fedor agrees two instalments
      LocalDate first = calendar.plusWorkingDays(today, 10);
      LocalDate second = first.plusMonths(1);
      browser.logIn("tasklist", "fedor", "fedor");
      openCase(browser, "Restructuring and write-offs", "Agree payment schedule", restructured);
      browser.claim();
      browser.fillRow("instalments", 0, Map.of("dueDate", first.format(OFFICE_DATE), "amount", "125 000"));
      browser.fillRow("instalments", 1, Map.of("dueDate", second.format(OFFICE_DATE), "amount", "125000,00"));
      browser.waitUntil(driver -> browser.formText().contains("Total 250 000,00"));
      browser.screenshot("debt-3-agree-schedule");
      browser.completeTask();
      Browser.await(() -> receivables.get(restructured).getStatus() == ReceivableStatus.RESTRUCTURED, "the schedule");
      browser.logOut();
      assertThat(cases.scheduleOf(restructured)).extracting(Instalment::getDueOn).containsExactly(first, second);

      // lev sends the claim, files the lawsuit when the answer period is over, and closes it as unrecoverable
      browser.logIn("tasklist", "lev", "lev");
      openCase(browser, "Claims and lawsuits", "Send pre-trial claim", unrecoverable);
      browser.claim();
      browser.fill("claimSentOn", today.format(OFFICE_DATE));
      browser.attach("claimFile", Browser.pdf("claim-0501.pdf"));
      browser.screenshot("debt-4-send-claim");
      browser.completeTask();
      Browser.await(() -> receivables.get(unrecoverable).getStatus() == ReceivableStatus.IN_LEGAL, "legal action");
      fireTimer(unrecoverable, OverdueDebtEscalationProcess.CLAIM_WAIT);
      openCase(browser, "Claims and lawsuits", "Decide on lawsuit", unrecoverable);
      browser.claim();
      assertThat(browser.formText()).contains("Pre-trial claim: claim-0501.pdf");
      browser.choose("legalDecision", "Lawsuit filed");
      browser.fill("lawsuitCaseNumber", "А40-218734/2026");
      browser.fill("court", "Arbitration Court of Moscow");
      browser.screenshot("debt-5-lawsuit");
      browser.completeTask();
      Browser.await(() -> "А40-218734/2026".equals(receivables.get(unrecoverable).getLawsuitCaseNumber()), "the lawsuit");
      openCase(browser, "Claims and lawsuits", "Close litigation", unrecoverable);
      browser.claim();
      browser.choose("legalDecision", "Unrecoverable: propose a write-off");
      browser.fill("comment", "Judgment obtained; the debtor has no assets");
      browser.screenshot("debt-6-close-litigation");
      browser.completeTask();
      Browser.await(() -> tasks.createTaskQuery().processInstanceBusinessKey(unrecoverable)
          .taskDefinitionKey(OverdueDebtEscalationProcess.APPROVE_WRITE_OFF).count() == 1, "the write-off proposal");
      browser.logOut();

      // fedor approves the write-off
      browser.logIn("tasklist", "fedor", "fedor");
      openCase(browser, "Restructuring and write-offs", "Approve write-off", unrecoverable);
      browser.claim();
      browser.choose("writeOffDecision", "Approve the write-off");
      browser.screenshot("debt-7-approve-write-off");
      browser.completeTask();
      Browser.await(() -> receivables.get(unrecoverable).getStatus() == ReceivableStatus.WRITTEN_OFF, "the write-off");
      browser.logOut();

      // month end: svetlana reviews what is still hard
      var monthEnd = management.createJobQuery().processDefinitionKey(HardCasesReviewProcess.KEY).timers()
          .singleResult();
      management.executeJob(monthEnd.getId());
      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.openTask("Hard cases", "Review hard cases");
      browser.claim();
      assertThat(browser.formText()).contains(restructured, "Restructured (payment schedule)");
      browser.fill("reviewComment", "Volga Foods: watch the first instalment");
      browser.screenshot("debt-8-review-hard-cases");
      browser.completeTask();
      Browser.await(() -> receivables.historyOf(restructured).stream()
          .anyMatch(event -> "watch the first instalment".equals(event.getComment()) || (event.getComment() != null
              && event.getComment().contains("watch the first instalment"))), "the review in the case's history");
    }
    assertThat(receivables.get(unrecoverable).getClaimSentOn()).isEqualTo(today);
    assertThat(documents.of(ReceivableService.CASE_TYPE, unrecoverable)).extracting("fileName")
        .containsExactly("claim-0501.pdf");
    Journeys.assertCovered(getClass(),
        "aPromiseBreaksAndIsRestructuredALongDebtGoesThroughLegalToAWriteOffAndTheMonthIsReviewed", since, history,
        repository);
  }

  /** Opens the task of this invoice from a filter (several cases may wait in it). */
  private static void openCase(Browser browser, String filter, String task, String invoice) {
    browser.click(By.xpath("//*[contains(@class, 'task-filter')]//a[contains(normalize-space(.), \"" + filter + "\")]"));
    browser.click(By.xpath("//*[contains(@class, 'tasks-list')]//li[contains(normalize-space(.), '" + invoice
        + "')]//a[contains(normalize-space(.), '" + task + "')]"));
    browser.waitUntil(driver -> browser.formText().contains(invoice));
  }

  /** Waits for the escalation to reach the timer, then lets its time come. */
  private void fireTimer(String number, String activityId) {
    String instance = instanceId(number);
    Browser.await(() -> management.createJobQuery().processInstanceId(instance).activityId(activityId).count() == 1,
        "the timer " + activityId);
    var job = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
    management.executeJob(job.getId());
  }

  private String instanceId(String number) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(OverdueDebtEscalationProcess.KEY)
        .processInstanceBusinessKey(number).singleResult().getId();
  }
}
