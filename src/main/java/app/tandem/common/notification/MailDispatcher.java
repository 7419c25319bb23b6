package app.tandem.common.notification;

import app.tandem.common.history.CaseHistory;
import app.tandem.common.notification.MailOutbox.Entry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the {@link MailOutbox} holds, one entry at a time: take it (a lease, committed), hand it to the mail
 * server with the entry's own {@code Message-ID}, mark it sent. Right after the transaction that wrote an entry
 * commits it is attempted at once; every node also polls for entries due (retries, and entries a dead node had
 * taken: due again when its lease runs out).
 *
 * <p>Guarantee: every entry is attempted until the server accepts it or it is reported failed (after the retry
 * delays, or at once when the server refuses the address for good). A mail is sent twice only when a node dies,
 * or the connection times out, after the server accepted it and before the entry was marked sent; the resend
 * carries the same {@code Message-ID}. A failing entry delays or repeats no other.
 *
 * <p>Size: Kept whole: lease, send and mark are one protocol whose guarantee reads in one place.
 */
@Component
public class MailDispatcher implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final MailOutbox outbox;
  private final JavaMailSender mailSender;
  private final MailProperties properties;
  private final CaseHistory history;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private final String node;
  private final String messageIdDomain;
  private ThreadPoolExecutor senders;
  private ScheduledExecutorService poller;
  private volatile boolean running;

  MailDispatcher(MailOutbox outbox, JavaMailSender mailSender, MailProperties properties, CaseHistory history,
      Clock clock, PlatformTransactionManager transactions) {
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.history = history;
    this.clock = clock;
    this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    this.messageIdDomain = domainOf(properties.from());
  }

  /** Called once the transaction that wrote the entry has committed. */
  void committed(long id) {
    switch (properties.outbox().afterCommit()) {
      case INLINE -> send(id);
      case ASYNC -> {
        var executor = senders;
        if (executor == null) {
          return; // not started (yet, or any more): the poller takes it
        }
        try {
          executor.execute(() -> send(id));
        } catch (RejectedExecutionException busy) {
          LOG.debug("Mail {} left to the poller: the senders are busy", id);
        }
      }
      case NONE -> {
        // the poller (or a test) sends it
      }
    }
  }

  /**
   * Sends every entry due now, oldest first, at most one batch.
   *
   * @return how many this node attempted
   */
  public int sendDue() {
    int attempted = 0;
    for (long id : outbox.due(properties.outbox().batchSize())) {
      if (send(id)) {
        attempted++;
      }
    }
    return attempted;
  }

  /**
   * Takes the entry and attempts it, unless another node has it or it is not due.
   *
   * @return whether this node attempted it
   */
  public boolean send(long id) {
    if (!outbox.claim(id, node, properties.outbox().lease())) {
      return false;
    }
    var entry = outbox.find(id).orElseThrow();
    try {
      deliver(entry);
      outbox.sent(id, node);
      LOG.info("Mail '{}' sent to {} about {} (outbox {}, attempt {})", entry.subject(), entry.recipient(),
          entry.caseNumber(), id, entry.attempts());
    } catch (MailException | MessagingException failure) {
      failed(entry, failure);
    } catch (RuntimeException unexpected) {
      failed(entry, unexpected);
    }
    return true;
  }

  private void deliver(Entry entry) throws MessagingException {
    var attachments = outbox.attachments(entry.id());
    if (properties.transport() == MailProperties.Transport.LOG) {
      LOG.info("Mail for {} about {} (not sent: tandem.mail.transport=log)\nTo: {}\nSubject: {}\nAttachments: {}\n\n{}",
          entry.recipient(), entry.caseNumber(), entry.recipient(), entry.subject(),
          attachments.stream().map(Notifications.Attachment::fileName).toList(), entry.body());
      return;
    }
    var message = mailSender.createMimeMessage();
    var helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
    helper.setFrom(properties.from());
    helper.setTo(entry.recipient());
    helper.setSubject(entry.subject());
    helper.setText(entry.body(), false);
    for (var attachment : attachments) {
      helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
    }
    // JavaMailSenderImpl keeps a Message-ID set here: a resend of this entry carries the same one
    message.setHeader("Message-ID", messageId(entry));
    mailSender.send(message);
  }

  /** The entry's Message-ID: the same for every attempt, different for every entry. */
  public String messageId(Entry entry) {
    return "<" + entry.messageKey() + "@" + messageIdDomain + ">";
  }

  private void failed(Entry entry, Exception failure) {
    String reason = reason(failure);
    boolean refused = refusedForGood(failure);
    boolean lastAttempt = entry.attempts() >= properties.outbox().maxAttempts();
    if (refused || lastAttempt) {
      outbox.attemptFailed(entry.id(), node, reason, null);
      LOG.warn("Mail to {} about {} not sent ({}): {} — reported to administrators (outbox {})", entry.recipient(),
          entry.caseNumber(), refused ? "refused" : entry.attempts() + " attempts", reason, entry.id());
      if (entry.caseType() != null && entry.caseNumber() != null) {
        ownTransaction.executeWithoutResult(status -> history.record(entry.caseType(), entry.caseNumber(),
            CaseHistory.SYSTEM, "MAIL_FAILED", null, "Mail to " + entry.recipient() + " could not be sent: " + reason));
      }
      return;
    }
    var delay = properties.outbox().retryDelays().get(entry.attempts() - 1);
    outbox.attemptFailed(entry.id(), node, reason, clock.instant().plus(delay));
    LOG.warn("Mail to {} about {} not sent (attempt {} of {}), retried in {}: {}", entry.recipient(),
        entry.caseNumber(), entry.attempts(), properties.outbox().maxAttempts(), delay, reason);
  }

  /** A 5xx answer about the recipient or the message: sending it again would get the same answer. */
  static boolean refusedForGood(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
        return true;
      }
      if (cause instanceof SMTPSendFailedException send && send.getReturnCode() >= 500) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
      return send.getFailedMessages().values().iterator().next();
    }
    if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
      return messaging.getNextException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }

  private static String reason(Throwable failure) {
    Throwable deepest = failure;
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SendFailedException || cause.getMessage() != null) {
        deepest = cause;
      }
    }
    String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage().strip();
    return message.isEmpty() ? failure.getClass().getSimpleName() : message;
  }

  private static String domainOf(String from) {
    int at = from.lastIndexOf('@');
    if (at < 0) {
      return "tandem.invalid";
    }
    String domain = from.substring(at + 1).replace(">", "").strip();
    return domain.isEmpty() ? "tandem.invalid" : domain;
  }

  // ---- lifecycle: the after-commit senders and the poller ----

  @Override
  public void start() {
    var threads = new AtomicInteger();
    senders = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(1000),
        task -> daemon(task, "tandem-mail-" + threads.incrementAndGet()));
    var interval = properties.outbox().pollInterval();
    if (!interval.isZero() && !interval.isNegative()) {
      poller = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "tandem-mail-poller"));
      poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }
    running = true;
  }

  private void poll() {
    try {
      while (running && sendDue() == properties.outbox().batchSize()) {
        // a full batch: there may be more due
      }
    } catch (RuntimeException e) {
      LOG.warn("Looking for mails to send failed; trying again in {}", properties.outbox().pollInterval(), e);
    }
  }

  private static Thread daemon(Runnable task, String name) {
    var thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void stop() {
    running = false;
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
    if (senders != null) {
      senders.shutdown();
      try {
        senders.awaitTermination(15, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      senders = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the data source closes, starts after it (the default phase is last). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }
}
