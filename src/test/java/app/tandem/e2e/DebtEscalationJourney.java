package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.debt.DebtCollectionService;
import app.tandem.debt.DebtEscalations;
import app.tandem.debt.OverdueDebtEscalationProcess;
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
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Overdue-debt escalation through the real Tasklist: after two reminders anna records the
 * customer's promise, the promise breaks, svetlana hands the debt to legal (and puts the customer
 * on credit hold), lev sends the pre-trial claim. The job executor runs as in production; the
 * waits between steps (days in real life) are timers this journey fires when it gets there.
 */
@TandemSpringTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class DebtEscalationJourney {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;
  @Autowired
  ReceivableService receivables;
  @Autowired
  DebtCollectionService collection;
  @Autowired
  DebtEscalations escalations;
  @Autowired
  ManagementService management;
  @Autowired
  org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  Documents documents;

  @Test
  void annaRecordsAPromiseThatBreaksSvetlanaHandsItToLegalLevSendsTheClaim() throws Exception {
    var today = calendar.today();
    String inn = RequisitesFixtures.inn("771600001");
    String number = "INV-2026-0777";
    receivables.register(new ReceivableData(number, inn, "Volga Foods LLC", "anna", new BigDecimal("250000.00"), "RUB",
        today.minusDays(40), today.minusDays(10), "ap@volga.example"), "olga");
    collection.markNewlyOverdue(today);
    escalations.start(number);

    // two reminders go out, a few days apart
    fireTimer(number, OverdueDebtEscalationProcess.REMINDER_WAIT);
    fireTimer(number, OverdueDebtEscalationProcess.REMINDER_WAIT);
    Browser.await(() -> receivables.get(number).getStatus() == ReceivableStatus.CONTACTING, "the manager's call");
    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject())
        .contains("Reminder: invoice " + number + " is overdue");

    try (var browser = new Browser(port)) {
      // anna calls the customer and records the promise
      browser.logIn("tasklist", "anna", "anna");
      browser.openTask("My overdue customers", "Contact customer");
      browser.waitUntil(driver -> driver.findElement(By.cssSelector(".tasks-list")).getText().contains(number));
      browser.choose("Field_ContactOutcome", "Promised to pay");
      var date = browser.formJsField("Field_PromisedDate-date");
      date.sendKeys(today.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
      date.sendKeys(Keys.TAB);
      browser.formJsField("Field_PromisedAmount").sendKeys("250000");
      browser.formJsField("Field_Comment").sendKeys("The CFO promised to pay today");
      browser.screenshot("debt-1-contact-customer");
      browser.completeTask();
      Browser.await(() -> receivables.get(number).getStatus() == ReceivableStatus.PROMISED, "the promise");
      browser.logOut();

      // the promised date and the grace days pass without payment: the promise breaks
      fireTimer(number, OverdueDebtEscalationProcess.PROMISE_WAIT);
      Browser.await(() -> receivables.get(number).getStatus() == ReceivableStatus.ESCALATED, "the escalation");
      assertThat(collection.promisesOf(number)).extracting(PaymentPromise::getOutcome)
          .containsExactly(PaymentPromise.Outcome.BROKEN);

      // svetlana hands it to legal and stops deliveries
      browser.logIn("tasklist", "svetlana", "svetlana");
      browser.openTask("Escalated debts", "Decide on overdue debt");
      browser.click(By.xpath("//*[@ng-click='claim()' or contains(@class, 'claim')][contains(., 'Claim')]"));
      browser.waitUntil(driver -> !driver.findElements(By.cssSelector("[id$='-Field_DebtDecision-display']")).isEmpty());
      assertThat(browser.waitVisible(By.cssSelector(".fjs-form")).getText()).contains("— broken");
      browser.choose("Field_DebtDecision", "Hand to legal: pre-trial claim");
      browser.formJsField("Field_CreditHold").click();
      browser.formJsField("Field_Comment").sendKeys("Broken promise on 250 000 RUB: claim now");
      browser.screenshot("debt-2-decide");
      browser.completeTask();
      Browser.await(() -> directory.isOnCreditHold(inn), "the credit hold");
      browser.logOut();

      // lev sends the claim and records it
      browser.logIn("tasklist", "lev", "lev");
      browser.openTask("Claims and lawsuits", "Send pre-trial claim");
      browser.click(By.xpath("//*[@ng-click='claim()' or contains(@class, 'claim')][contains(., 'Claim')]"));
      browser.waitUntil(driver -> !driver.findElements(By.id("claimSentOn")).isEmpty());
      assertThat(browser.waitVisible(By.id("caseNumber")).getAttribute("value")).isEqualTo(number);
      browser.setValue(By.id("claimSentOn"), today.toString());
      browser.upload(By.id("claimFile"), Browser.pdf("claim-0777.pdf"));
      browser.screenshot("debt-3-send-claim");
      browser.completeTask();
      Browser.await(() -> receivables.get(number).getStatus() == ReceivableStatus.IN_LEGAL, "legal action");
      browser.screenshot("debt-4-claim-sent");
    }
    assertThat(receivables.get(number).getClaimSentOn()).isEqualTo(today);
    assertThat(documents.of(ReceivableService.CASE_TYPE, number)).extracting("fileName").containsExactly("claim-0777.pdf");
    assertThat(management.createJobQuery().processInstanceId(instanceId(number))
        .activityId(OverdueDebtEscalationProcess.CLAIM_WAIT).singleResult().getDuedate())
        .isAfter(java.util.Date.from(today.plusDays(29).atStartOfDay(java.time.ZoneId.of("Europe/Moscow")).toInstant()));
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
