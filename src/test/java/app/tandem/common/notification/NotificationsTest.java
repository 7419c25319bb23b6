package app.tandem.common.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.TandemSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@TandemSpringTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Map<String, Object> MODEL = Map.of("invoiceNumber", "СЧ-15", "contractorName", "ООО «Ромашка»",
      "amount", "1\u00a0250\u00a0000,00\u00a0₽");

  @Autowired
  Notifications notifications;

  @Test
  void sendsTheRenderedTemplateInUtf8() throws Exception {
    notifications.send("accounting@romashka.example", "test-notice", MODEL, "PR-2026-00042");

    var received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Invoice СЧ-15 paid");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("accounting@romashka.example");
    assertThat(received[0].getFrom()[0].toString()).contains("tandem@tandem.example");
    assertThat(received[0].getContent().toString())
        .contains("Dear ООО «Ромашка»,", "your invoice СЧ-15 of 1\u00a0250\u00a0000,00\u00a0₽ has been paid.");
  }

  @Test
  void aMissingValueSendsNothing() {
    assertThatThrownBy(() -> notifications.send("a@example.com", "test-notice", Map.of("invoiceNumber", "1"), "X"))
        .hasMessage("Mail template test-notice needs 'contractorName'");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnreachableMailServerIsReportedForTheEngineToRetry() {
    smtp.stop();

    assertThatThrownBy(() -> notifications.send("a@example.com", "test-notice", MODEL, "PR-2026-00042"))
        .isInstanceOf(MailException.class);
  }

  @Test
  void logTransportWritesTheMailToTheLogInstead(CapturedOutput output) {
    var demo = new Notifications(new JavaMailSenderImpl(),
        new MailProperties("Tandem <tandem@tandem.example>", MailProperties.Transport.LOG));

    demo.send("accounting@romashka.example", "test-notice", MODEL, "PR-2026-00042");

    assertThat(output).contains("Mail for accounting@romashka.example about PR-2026-00042 (not sent",
        "Subject: Invoice СЧ-15 paid");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
