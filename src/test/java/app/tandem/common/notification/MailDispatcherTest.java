package app.tandem.common.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.history.CaseHistory;
import app.tandem.common.notification.MailOutbox.State;
import app.tandem.common.notification.Notifications.About;
import app.tandem.support.FaultySmtp;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox against a mail server that fails: refused addresses, outages, a server that accepts and then keeps the
 * client waiting, a node that dies holding a mail. Time moves with the engine's clock.
 *
 * <p>Size: Long because it tests every branch of the outbox protocol.
 */
@TandemSpringTest
@ExtendWith(OutputCaptureExtension.class)
class MailDispatcherTest {

  static final FaultySmtp SMTP = FaultySmtp.onFreePort();
  static final Map<String, Object> MODEL = Map.of("invoiceNumber", "СЧ-15", "contractorName", "ООО «Ромашка»",
      "amount", "15\u00a0000,50\u00a0₽");

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", SMTP::port);
    // a server that accepts and then stalls makes the client give up after a second, not ten
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> "1000");
  }

  @Autowired
  Notifications notifications;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  MailOutbox outbox;
  @Autowired
  CaseHistory history;
  @Autowired
  MailProperties properties;
  @Autowired
  JavaMailSender mailSender;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  Clock clock;
  @LocalServerPort
  int port;

  Instant now;
  int caseNo;
  String caseNumber;

  @BeforeEach
  void freezeTime() {
    now = Instant.parse("2026-12-01T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    caseNumber = "PR-2026-9" + String.format("%04d", ++caseNo) + System.nanoTime() % 1000;
    SMTP.up();
    SMTP.clear();
    SMTP.stallAfterData(Duration.ZERO);
  }

  @AfterEach
  void resetTime() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopServer() {
    SMTP.close();
  }

  @Test
  void aRefusedRecipientFailsAloneAndAtOnceAndTheCaseSaysSo() {
    SMTP.refuse("gone@romashka.example", "550 5.1.1 <gone@romashka.example>: Recipient address rejected");

    long good = send("buh@romashka.example");
    long gone = send("gone@romashka.example");

    assertThat(SMTP.to("buh@romashka.example")).hasSize(1);
    var refused = outbox.find(gone).orElseThrow();
    assertThat(refused.state()).isEqualTo(State.FAILED);
    assertThat(refused.attempts()).isEqualTo(1);
    assertThat(refused.lastError()).contains("550");
    assertThat(outbox.find(good).orElseThrow().state()).isEqualTo(State.SENT);
    assertThat(history.of("PAYMENT_REQUEST", caseNumber)).anySatisfy(event -> {
      assertThat(event.getEvent()).isEqualTo("MAIL_FAILED");
      assertThat(event.getComment()).contains("gone@romashka.example", "550");
    });
    SMTP.accept("gone@romashka.example");
  }

  @Test
  void aTemporaryRefusalIsRetriedAfterTheFirstDelayAndDeliveredOnce() {
    SMTP.refuse("busy@romashka.example", "451 4.3.0 Try again later");

    long id = send("busy@romashka.example");

    var waiting = outbox.find(id).orElseThrow();
    assertThat(waiting.state()).isEqualTo(State.PENDING);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
    assertThat(waiting.lastError()).contains("451");
    SMTP.accept("busy@romashka.example");
    assertThat(dispatcher.sendDue()).as("not due before its delay").isZero();

    moveClock(Duration.ofSeconds(61));

    assertThat(dispatcher.sendDue()).isEqualTo(1);
    assertThat(SMTP.to("busy@romashka.example")).hasSize(1);
    assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(State.SENT);
    assertThat(dispatcher.sendDue()).isZero();
  }

  @Test
  void anOutageDelaysEveryMailAndLosesNone() {
    SMTP.down();

    var ids = List.of(send("a@romashka.example"), send("b@romashka.example"), send("c@romashka.example"));

    assertThat(ids).allSatisfy(id -> assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(State.PENDING));
    moveClock(Duration.ofSeconds(61));
    assertThat(dispatcher.sendDue()).as("still down: each attempted again, none lost").isEqualTo(3);
    SMTP.up();
    moveClock(Duration.ofMinutes(6));

    assertThat(dispatcher.sendDue()).isEqualTo(3);
    assertThat(SMTP.received()).hasSize(3);
    assertThat(ids).allSatisfy(id -> assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(3));
  }

  @Test
  void aTimeoutAfterTheServerAcceptedResendsTheSameMessageIdOnce() {
    SMTP.stallAfterData(Duration.ofMillis(2500));

    long id = send("slow@romashka.example");

    assertThat(SMTP.to("slow@romashka.example")).as("the server has it, the client does not know").hasSize(1);
    assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(State.PENDING);
    SMTP.stallAfterData(Duration.ZERO);
    moveClock(Duration.ofSeconds(61));

    assertThat(dispatcher.sendDue()).isEqualTo(1);
    var copies = SMTP.to("slow@romashka.example");
    assertThat(copies).hasSize(2);
    assertThat(copies.get(1).messageId()).isEqualTo(copies.get(0).messageId())
        .isEqualTo(dispatcher.messageId(outbox.find(id).orElseThrow()));
    assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(State.SENT);
  }

  @Test
  void aMailTakenByANodeThatDiedIsSentByAnotherOnceItsLeaseRunsOut() {
    long id = outbox.add("PAYMENT_REQUEST", caseNumber, "test-notice", "late@romashka.example", "Invoice paid",
        "Dear customer", List.of());
    assertThat(outbox.claim(id, "node-that-dies", properties.outbox().lease())).isTrue();

    assertThat(dispatcher.sendDue()).as("the lease runs").isZero();
    assertThat(dispatcher.send(id)).isFalse();
    moveClock(properties.outbox().lease().plusSeconds(1));

    assertThat(dispatcher.sendDue()).isEqualTo(1);
    assertThat(SMTP.to("late@romashka.example")).hasSize(1);
    var sent = outbox.find(id).orElseThrow();
    assertThat(sent.state()).isEqualTo(State.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
  }

  @Test
  void afterTheLastAttemptTheMailIsReportedAndAnAdministratorCanRetryIt() {
    SMTP.refuse("full@romashka.example", "452 4.2.2 Mailbox full");

    long id = send("full@romashka.example");
    for (Duration delay : properties.outbox().retryDelays()) {
      moveClock(delay.plusSeconds(1));
      assertThat(dispatcher.sendDue()).isEqualTo(1);
    }

    var failed = outbox.find(id).orElseThrow();
    assertThat(failed.state()).isEqualTo(State.FAILED);
    assertThat(failed.attempts()).isEqualTo(properties.outbox().maxAttempts()).isEqualTo(7);
    var admin = HttpCaller.as(port, "admin");
    assertThat(admin.get("/api/admin/mails?state=FAILED").body()).contains("full@romashka.example", "452");
    assertThat(HttpCaller.as(port, "olga").get("/api/admin/mails").statusCode()).isEqualTo(403);
    SMTP.accept("full@romashka.example");

    var retried = admin.postJson("/api/admin/mails/" + id + "/retry", "{}");

    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(retried.body()).contains("\"state\":\"SENT\"");
    assertThat(SMTP.to("full@romashka.example")).hasSize(1);
    assertThat(admin.postJson("/api/admin/mails/" + id + "/retry", "{}").statusCode())
        .as("a sent mail is not sent again").isEqualTo(409);
    assertThat(history.of("PAYMENT_REQUEST", caseNumber)).extracting(event -> event.getEvent())
        .contains("MAIL_FAILED", "MAIL_RETRIED");
  }

  @Test
  void theOutboxEndpointsRefuseWhatIsNotAnAdministratorsWellFormedRequest() {
    long id = send("someone@romashka.example");
    var admin = HttpCaller.as(port, "admin");

    assertThat(HttpCaller.anonymous(port).get("/api/admin/mails").statusCode()).isEqualTo(401);
    assertThat(HttpCaller.as(port, "svetlana").postJson("/api/admin/mails/" + id + "/retry", "{}").statusCode())
        .isEqualTo(403);
    assertThat(HttpCaller.as(port, "admin", "wrong").get("/api/admin/mails").statusCode()).isEqualTo(401);
    var unknown = admin.postJson("/api/admin/mails/987654321/retry", "{}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No mail 987654321");
    assertThat(admin.postJson("/api/admin/mails/abc/retry", "{}").statusCode()).isEqualTo(400);
    var badState = admin.get("/api/admin/mails?state=LOST");
    assertThat(badState.statusCode()).isEqualTo(400);
    assertThat(badState.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    // a webapp session without the page token changes nothing
    var session = HttpCaller.webappSession(port, "admin", "admin");
    assertThat(session.postJson("/api/admin/mails/" + id + "/retry", "{}").statusCode()).isEqualTo(403);
    assertThat(admin.get("/api/admin/mails?limit=100000").statusCode()).isEqualTo(200);
  }

  @Test
  void theLogTransportWritesTheMailToTheLogAndMarksItSent(CapturedOutput output) {
    var demo = new MailDispatcher(outbox, mailSender, new MailProperties("Tandem <tandem@tandem.example>",
        MailProperties.Transport.LOG), history, clock, transactions);
    long id = outbox.add("PAYMENT_REQUEST", caseNumber, "test-notice", "log@romashka.example", "Invoice СЧ-15 paid",
        "Dear ООО «Ромашка»,", List.of());

    assertThat(demo.send(id)).isTrue();

    assertThat(output).contains("Mail for log@romashka.example about " + caseNumber + " (not sent",
        "Subject: Invoice СЧ-15 paid");
    assertThat(SMTP.to("log@romashka.example")).isEmpty();
    assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(State.SENT);
  }

  private long send(String to) {
    return notifications.send(new About("PAYMENT_REQUEST", caseNumber), to, "test-notice", MODEL);
  }

  private void moveClock(Duration by) {
    now = now.plus(by);
    ClockUtil.setCurrentTime(Date.from(now));
  }
}
