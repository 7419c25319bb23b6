package app.tandem.common.notification;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends templated e-mails. Called from asynchronous service tasks of the processes
 * ({@code camunda:asyncBefore} with a retry cycle): the human's task is committed before any
 * mail goes out, an SMTP failure is retried by the engine, and after the last retry it becomes
 * an incident in Cockpit. Failures are therefore thrown, never swallowed.
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final JavaMailSender mailSender;
  private final MailProperties properties;

  Notifications(JavaMailSender mailSender, MailProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  /**
   * Sends the template to one recipient.
   *
   * @param reference what the mail is about, for the log (e.g. the request number)
   * @throws MailException when the mail server refuses or cannot be reached
   */
  public void send(String to, String template, Map<String, ?> model, String reference) {
    send(to, template, model, reference, List.of());
  }

  /** A file sent with a mail, e.g. the list of a customer's open invoices. */
  public record Attachment(String fileName, String contentType, byte[] content) {
  }

  /** Sends the template with attachments to one recipient. */
  public void send(String to, String template, Map<String, ?> model, String reference, List<Attachment> attachments) {
    MailTemplate mail = MailTemplate.load(template);
    String subject = mail.renderSubject(model);
    String body = mail.renderBody(model);
    if (properties.transport() == MailProperties.Transport.LOG) {
      LOG.info("Mail for {} about {} (not sent: tandem.mail.transport=log)\nTo: {}\nSubject: {}\nAttachments: {}\n\n{}",
          to, reference, to, subject, attachments.stream().map(Attachment::fileName).toList(), body);
      return;
    }
    var message = mailSender.createMimeMessage();
    try {
      var helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(body, false);
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Mail " + template + " to " + to + " cannot be prepared", e);
    }
    mailSender.send(message);
    LOG.info("Mail '{}' sent to {} about {}", subject, to, reference);
  }
}
