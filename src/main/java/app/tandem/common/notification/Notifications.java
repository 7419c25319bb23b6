package app.tandem.common.notification;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails of the processes, rendered from their templates and written to the {@link MailOutbox} in the
 * transaction of the step that causes them — one entry per recipient. Nothing is sent before that
 * transaction commits, and nothing is lost if it does: {@link MailDispatcher} sends each entry after the
 * commit, retries it on a backoff and reports what cannot be delivered. A template that cannot be
 * rendered fails the step (it is a defect of the model, not an outage).
 */
@Service
public class Notifications {

  private final MailOutbox outbox;
  private final MailDispatcher dispatcher;
  private final TransactionTemplate transaction;

  Notifications(MailOutbox outbox, MailDispatcher dispatcher, TransactionTemplate transaction) {
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.transaction = transaction;
  }

  /** A file sent with a mail, e.g. the list of a customer's open invoices. */
  public record Attachment(String fileName, String contentType, byte[] content) {
  }

  /** Who or what a mail is about: the case's type and number (the history tells when it cannot be sent). */
  public record About(String caseType, String caseNumber) {
  }

  /** Writes the rendered template for one recipient to the outbox, without attachments. */
  public long send(About about, String to, String template, Map<String, ?> model) {
    return send(about, to, template, model, List.of());
  }

  /**
   * Writes the rendered template with its attachments for one recipient to the outbox.
   *
   * @return the outbox entry
   * @throws IllegalArgumentException when the template needs a value the model lacks
   */
  public long send(About about, String to, String template, Map<String, ?> model, List<Attachment> attachments) {
    MailTemplate mail = MailTemplate.load(template);
    String subject = mail.renderSubject(model);
    String body = mail.renderBody(model);
    return transaction.execute(status -> {
      long id = outbox.add(about.caseType(), about.caseNumber(), template, to, subject, body, attachments);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          dispatcher.committed(id);
        }
      });
      return id;
    });
  }
}
