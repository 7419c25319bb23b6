package app.tandem.persistence;

import static app.tandem.payment.PaymentApprovalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.debt.DebtFixtures;
import app.tandem.debt.OverdueDebtEscalationProcess;
import app.tandem.debt.ReceivableService;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentFixtures;
import app.tandem.payment.PaymentRequestFields;
import app.tandem.payment.PaymentRequestService;
import app.tandem.payment.PaymentStatus;
import app.tandem.support.EmbeddedPostgres;
import app.tandem.support.HttpCaller;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * People acting at the same moment on related cases, on a real PostgreSQL, through the public APIs: nothing fails
 * because someone else did something at the same time — it succeeds, or is answered 409, never 500 or 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ConcurrentWorkTest {

  static final String DATABASE = "tandem_concurrency";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, DATABASE);
  }

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PaymentApprovalStarter starter;
  @Autowired
  PaymentRequestService requests;
  @Autowired
  CounterpartyDirectory directory;
  @Autowired
  ReceivableService receivables;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twentySimultaneousApprovalsForOneNewContractorAllSucceed() throws Exception {
    simultaneousApprovalsAllSucceed(app.tandem.party.requisites.RequisitesFixtures.inn("771900001"), 20);
  }

  @Test
  void eightSimultaneousApprovalsForOneExistingContractorAllSucceed() throws Exception {
    String contractor = app.tandem.party.requisites.RequisitesFixtures.inn("771900002");
    var known = PaymentFixtures.completedRequest(contractor, 0, "15000.00");
    directory.save(new CounterpartyDirectory.CounterpartyData(contractor, "ООО «Давний поставщик»", null,
        "orders@supplier.example", new app.tandem.party.BankRequisites((String) known.get(BIK.name()),
            (String) known.get(SETTLEMENT_ACCOUNT.name()), null, null)), true);
    var before = directory.find(contractor).orElseThrow().defaultAccount().orElseThrow().getLastApprovedAt();

    simultaneousApprovalsAllSucceed(contractor, 8);

    assertThat(directory.find(contractor).orElseThrow().defaultAccount().orElseThrow().getLastApprovedAt())
        .isAfterOrEqualTo(before);
  }

  private void simultaneousApprovalsAllSucceed(String contractor, int count) throws Exception {
    List<String> tasks = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var started = starter.start(new PaymentRequestFields("Pallets, lot " + i, PaymentCategory.GOODS, contractor,
          null, null, null, new BigDecimal("15000.00"), "RUB", LocalDate.now().plusDays(20), null, null, null, null,
          null, null, null), "anna", null);
      String number = started.instance().getBusinessKey();
      numbers.add(number);
      var complete = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
      var form = PaymentFixtures.completedRequest(contractor, i, "15000.00");
      asUser("anna", () -> engine.getTaskService().complete(complete.getId(), form));
      var approve = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
      assertThat(approve.getTaskDefinitionKey()).isEqualTo(APPROVE);
      tasks.add(approve.getId());
    }
    var svetlana = HttpCaller.as(port, "svetlana");
    for (String task : tasks) {
      assertThat(svetlana.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"svetlana\"}").statusCode())
          .isEqualTo(204);
    }

    var answers = atOnce(tasks.stream().<Callable<HttpResponse<String>>>map(task -> () -> svetlana.postJson(
        "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"" + APPROVAL_DECISION.name() + "\":{\"value\":\"" + APPROVE_DECISION + "\"}}}")).toList());

    assertThat(answers).extracting(HttpResponse::statusCode).as(bodies(answers)).containsOnly(204);
    assertThat(numbers).allSatisfy(number ->
        assertThat(requests.get(number).getStatus()).isEqualTo(PaymentStatus.APPROVED_FOR_PAYMENT));
    var saved = directory.find(contractor).orElseThrow();
    assertThat(saved.getAccounts()).hasSize(1);
    assertThat(saved.defaultAccount().orElseThrow().getLastApprovedAt()).isNotNull();
  }

  @Test
  void twoScansStartedAtOnceStartOneEscalationPerInvoice() throws Exception {
    // Wednesday 25 November 2026, 09:00 in Moscow: a working day
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-25T06:00:00Z")));
    LocalDate today = LocalDate.of(2026, 11, 25);
    List<String> invoices = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      var invoice = DebtFixtures.invoice(today, 3 + i, "48000.00", "RUB");
      receivables.register(invoice, "olga");
      invoices.add(invoice.invoiceNumber());
    }
    var admin = HttpCaller.as(port, "admin");

    List<Callable<HttpResponse<String>>> scans = List.of(
        () -> admin.postJson("/api/admin/timers/overdue-debt-scan/run", "{}"),
        () -> admin.postJson("/api/admin/timers/overdue-debt-scan/run", "{}"),
        () -> admin.postJson("/api/admin/timers/overdue-debt-scan/run", "{}"));
    var answers = atOnce(scans);

    assertThat(answers).extracting(HttpResponse::statusCode).as(bodies(answers)).allMatch(status -> status == 200
        || status == 409);
    assertThat(invoices).allSatisfy(invoice -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OverdueDebtEscalationProcess.KEY).processInstanceBusinessKey(invoice).count())
        .as(invoice).isEqualTo(1));
  }

  private void asUser(String user, Runnable step) {
    var groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      step.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Runs the calls at the same moment (released together once every thread is ready). */
  private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    var pool = Executors.newFixedThreadPool(calls.size());
    try {
      var ready = new CountDownLatch(calls.size());
      var go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (var call : calls) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<T> results = new ArrayList<>();
      for (var future : futures) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String bodies(List<HttpResponse<String>> answers) {
    return answers.stream().filter(answer -> answer.statusCode() >= 300)
        .map(answer -> answer.statusCode() + " " + answer.body()).toList().toString();
  }
}
