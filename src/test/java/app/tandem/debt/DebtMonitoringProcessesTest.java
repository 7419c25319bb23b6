package app.tandem.debt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.common.history.CaseHistory;
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
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The timer-started processes of credit control — {@link OverdueDebtScanProcess daily scan},
 * {@link ReceivablesAgeingReportProcess weekly ageing report}, {@link HardCasesReviewProcess month-end review} —,
 * one class for three processes of one to four flow nodes each.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebtMonitoringProcessesTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);
  @RegisterExtension
  static final ProcessFixture fixture = ProcessFixture.covering(OverdueDebtScanProcess.KEY,
      ReceivablesAgeingReportProcess.KEY, HardCasesReviewProcess.KEY).withMail(smtp);

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  /** Wednesday 25 November 2026, 08:00 in Moscow. */
  static final Instant WEDNESDAY = Instant.parse("2026-11-25T05:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Autowired
  ProcessEngine engine;
  @Autowired
  ReceivableService receivables;
  @Autowired
  DunningStage dunning;
  @Autowired
  ContactStage contact;
  @Autowired
  CaseHistory history;
  @Autowired
  app.tandem.admin.ProcessVersions versions;

  @BeforeEach
  void init() {
    ClockUtil.setCurrentTime(Date.from(WEDNESDAY));
  }

  @Test
  void theTimersRunAtTheConfiguredBusinessTimes() {
    assertThat(localTime(timer(OverdueDebtScanProcess.KEY))).isEqualTo(LocalTime.of(8, 0));
    assertThat(localTime(timer(ReceivablesAgeingReportProcess.KEY))).isEqualTo(LocalTime.of(9, 0));
    assertThat(timer(ReceivablesAgeingReportProcess.KEY).getDuedate().toInstant().atZone(MOSCOW).getDayOfWeek())
        .isEqualTo(java.time.DayOfWeek.MONDAY);
    var review = timer(HardCasesReviewProcess.KEY).getDuedate().toInstant().atZone(MOSCOW).toLocalDate();
    assertThat(review).isEqualTo(review.withDayOfMonth(review.lengthOfMonth()));
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isReevaluateTimeCycleWhenDue()).as("a changed tandem.debt time applies from the next run").isTrue();
  }

  @Test
  void theDailyScanStartsOneEscalationPerNewlyOverdueInvoiceAndNeverTwo() {
    var overdue = DebtFixtures.invoice(TODAY, 1, "1000.00", "RUB");
    var notYet = DebtFixtures.invoice(TODAY, 0, "1000.00", "RUB");
    receivables.register(overdue, "olga");
    receivables.register(notYet, "olga");

    engine.getManagementService().executeJob(timer(OverdueDebtScanProcess.KEY).getId());
    assertThat(escalations(overdue.invoiceNumber())).isEqualTo(1);
    assertThat(escalations(notYet.invoiceNumber())).isZero();
    assertThat(receivables.get(overdue.invoiceNumber()).getStatus()).isEqualTo(ReceivableStatus.OVERDUE);

    engine.getManagementService().executeJob(timer(OverdueDebtScanProcess.KEY).getId());
    assertThat(escalations(overdue.invoiceNumber())).as("a re-run starts nothing twice").isEqualTo(1);
  }

  @Test
  void noScanOnADayOff() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-28T05:00:00Z"))); // Saturday
    var overdue = DebtFixtures.invoice(LocalDate.of(2026, 11, 28), 2, "1000.00", "RUB");
    receivables.register(overdue, "olga");
    engine.getManagementService().executeJob(timer(OverdueDebtScanProcess.KEY).getId());
    assertThat(escalations(overdue.invoiceNumber())).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(OverdueDebtScanProcess.END_NO_SCAN).count()).isPositive();
  }

  @Test
  void theWeeklyAgeingReportGoesToTheHeadsOfSalesAndEachManagerForTheirOwnCustomers() throws Exception {
    receivables.register(DebtFixtures.invoice(TODAY, 40, "2500.50", "RUB"), "olga");
    var boris = DebtFixtures.invoice(TODAY, 5, "700.00", "USD");
    receivables.register(new ReceivableData(boris.invoiceNumber(), boris.customerInn(), boris.customerName(), "boris",
        boris.amount(), boris.currency(), boris.issueDate(), boris.dueDate(), null), "olga");

    engine.getManagementService().executeJob(timer(ReceivablesAgeingReportProcess.KEY).getId());
    assertThat(smtp.getReceivedMessages()).as("each mail in its own job").isEmpty();
    List<Job> perRecipient = engine.getManagementService().createJobQuery()
        .activityId(ReceivablesAgeingReportProcess.SEND_REPORT + "#multiInstanceBody").list();
    if (perRecipient.isEmpty()) {
      perRecipient = engine.getManagementService().createJobQuery().activityId(ReceivablesAgeingReportProcess.SEND_REPORT).list();
    }
    while (!perRecipient.isEmpty()) {
      perRecipient.forEach(job -> engine.getManagementService().executeJob(job.getId()));
      perRecipient = engine.getManagementService().createJobQuery().activityId(ReceivablesAgeingReportProcess.SEND_REPORT).list();
    }
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(ReceivablesAgeingReportProcess.END_REPORTED).count()).isPositive();

    var svetlana = fixture.mailsTo("svetlana@tandem.example");
    assertThat(svetlana).hasSize(1);
    String all = body(svetlana.get(0));
    assertThat(all).contains(boris.customerName()).contains("TOTAL").contains("USD").contains("RUB");
    var borisMail = fixture.mailsTo("boris@tandem.example");
    assertThat(borisMail).hasSize(1);
    assertThat(body(borisMail.get(0))).contains(boris.customerName()).doesNotContain("RUB");
    assertThat(svetlana.get(0).getSubject()).isEqualTo("Receivables ageing as of 25.11.2026");
  }

  @Test
  void atMonthEndTheHeadOfSalesReviewsTheHardCasesAndTheConclusionGoesIntoEachCase() {
    var hard = DebtFixtures.invoice(TODAY, 20, "9000.00", "RUB");
    receivables.register(hard, "olga");
    dunning.markNewlyOverdue(TODAY);
    contact.escalate(hard.invoiceNumber(), "test: escalated");

    engine.getManagementService().executeJob(timer(HardCasesReviewProcess.KEY).getId());
    Task review = engine.getTaskService().createTaskQuery().processDefinitionKey(HardCasesReviewProcess.KEY)
        .singleResult();
    assertThat(review.getName()).isEqualTo("Review hard cases");
    assertThat(engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(review.getProcessInstanceId()).count()).as("engine variables of the review")
        .isLessThanOrEqualTo(ProcessFixture.MAX_VARIABLES_PER_CASE);
    engine.getIdentityService().setAuthentication("svetlana", List.of("sales-heads"));
    var form = engine.getFormService().getTaskFormVariables(review.getId());
    assertThat(((org.camunda.bpm.engine.variable.value.SerializableValue) form.getValueTyped("hardCases"))
        .getValueSerialized()).contains(hard.invoiceNumber()).contains("Escalated to the head of sales");
    assertThat(form.get("reviewMonth")).isEqualTo("2026-11");
    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), Map.of()))
        .hasMessageContaining("Write what you concluded");
    engine.getTaskService().complete(review.getId(), Map.of("reviewComment", "Legal for all over 30 days"));
    engine.getIdentityService().clearAuthentication();

    assertThat(receivables.historyOf(hard.invoiceNumber())).extracting("event").contains("REVIEWED_AT_MONTH_END");
    assertThat(history.of("DEBT_REVIEW", "2026-11")).extracting("comment").contains("Legal for all over 30 days");
  }

  @Test
  void aMonthEndReviewWaitingForTheHeadOfSalesMovesToANewVersionAndIsCompletedOnIt() {
    engine.getManagementService().executeJob(timer(HardCasesReviewProcess.KEY).getId());
    Task review = engine.getTaskService().createTaskQuery().processDefinitionKey(HardCasesReviewProcess.KEY)
        .singleResult();
    Date due = review.getDueDate();

    fixture.deployNewVersion("hard-cases-review.bpmn", bpmn -> bpmn.replace("</bpmn:definitions>",
        "<!-- the process owner's version -->\n</bpmn:definitions>"));
    var newest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(HardCasesReviewProcess.KEY).latestVersion().singleResult();
    assertThat(timer(HardCasesReviewProcess.KEY).getProcessDefinitionId()).as("the month-end timer follows")
        .isEqualTo(newest.getId());
    fixture.migrateAllToNewest(versions, HardCasesReviewProcess.KEY);

    Task migrated = engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(migrated.getProcessDefinitionId()).isEqualTo(newest.getId());
    assertThat(migrated.getDueDate()).isEqualTo(due);
    fixture.as("svetlana", () -> engine.getTaskService().complete(review.getId(),
        Map.of("reviewComment", "Reviewed on the new version")));
    var ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(review.getProcessInstanceId()).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ended.getProcessDefinitionId()).isEqualTo(newest.getId());
  }

  private Job timer(String processKey) {
    return engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers().singleResult();
  }

  private static LocalTime localTime(Job job) {
    return job.getDuedate().toInstant().atZone(MOSCOW).toLocalTime();
  }

  private long escalations(String invoiceNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OverdueDebtEscalationProcess.KEY).processInstanceBusinessKey(invoiceNumber).count();
  }

  private static String body(MimeMessage mail) {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
  }
}
