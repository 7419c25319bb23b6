package app.tandem.common.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.common.notification.Notifications.About;
import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@TandemSpringTest
class NotificationsTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Map<String, Object> MODEL = Map.of("invoiceNumber", "СЧ-15", "contractorName", "ООО «Ромашка»",
      "amount", "1\u00a0250\u00a0000,00\u00a0₽");
  static final About ABOUT = new About("PAYMENT_REQUEST", "PR-2026-00042");

  @Autowired
  Notifications notifications;
  @Autowired
  MailOutbox outbox;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void sendsTheRenderedTemplateInUtf8WithTheEntrysMessageId() throws Exception {
    long id = notifications.send(ABOUT, "accounting@romashka.example", "test-notice", MODEL);

    var received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Invoice СЧ-15 paid");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("accounting@romashka.example");
    assertThat(received[0].getFrom()[0].toString()).contains("tandem@tandem.example");
    assertThat(received[0].getContent().toString())
        .contains("Dear ООО «Ромашка»,", "your invoice СЧ-15 of 1\u00a0250\u00a0000,00\u00a0₽ has been paid.");
    var entry = outbox.find(id).orElseThrow();
    assertThat(entry.state()).isEqualTo(MailOutbox.State.SENT);
    assertThat(entry.attempts()).isEqualTo(1);
    assertThat(received[0].getMessageID()).isEqualTo("<" + entry.messageKey() + "@tandem.example>");
  }

  @Test
  void aMissingValueWritesNothing() {
    long before = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);

    assertThatThrownBy(() -> notifications.send(ABOUT, "a@example.com", "test-notice", Map.of("invoiceNumber", "1")))
        .hasMessage("Mail template test-notice needs 'contractorName'");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isEqualTo(before);
  }

  @Test
  void nothingIsSentBeforeTheStepCommitsAndNothingAtAllWhenItRollsBack() {
    long[] kept = new long[1];
    transaction.executeWithoutResult(status -> {
      kept[0] = notifications.send(ABOUT, "first@romashka.example", "test-notice", MODEL);
      assertThat(smtp.getReceivedMessages()).as("not before the commit").isEmpty();
    });
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    long[] dropped = new long[1];
    transaction.executeWithoutResult(status -> {
      dropped[0] = notifications.send(ABOUT, "second@romashka.example", "test-notice", MODEL);
      status.setRollbackOnly();
    });

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(outbox.find(dropped[0])).as("the rolled-back step's mail").isEmpty();
    assertThat(outbox.find(kept[0]).orElseThrow().state()).isEqualTo(MailOutbox.State.SENT);
  }
}
