package app.tandem.common.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing mail: {@code tandem.mail.from}, the transport, {@code smtp} (spring.mail.*) or {@code log} (the demo
 * profile without a mail server: mails are written to the log instead), and how the outbox sends.
 */
@ConfigurationProperties("tandem.mail")
public record MailProperties(String from, Transport transport, Outbox outbox) {

  public enum Transport { SMTP, LOG }

  /** When a mail written to the outbox is sent: at once after its transaction commits, on another thread or on it. */
  public enum AfterCommit {
    /** on the dispatcher's threads (production): the committing thread — a job executor's — does not wait for SMTP */
    ASYNC,
    /** on the committing thread (tests): the mail has been attempted when the step returns */
    INLINE,
    /** only by the poller (or a test calling the dispatcher) */
    NONE
  }

  /**
   * @param pollInterval how often each node looks for mails due (new ones left by a crash, retries); zero turns it off
   * @param lease how long a node that took a mail may take to send it before another node may; longer than the SMTP
   *     connection, read and write timeouts together
   * @param retryDelays the wait after the first, second, … failed attempt; after the last the mail is reported as
   *     failed (administrators: Tandem pages → Administration, {@code GET /api/admin/mails}) and retried only on request
   * @param batchSize how many due mails one poll takes at most
   */
  public record Outbox(Duration pollInterval, Duration lease, List<Duration> retryDelays, AfterCommit afterCommit,
      Integer batchSize) {

    public Outbox {
      pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
      lease = lease == null ? Duration.ofSeconds(60) : lease;
      retryDelays = retryDelays == null || retryDelays.isEmpty()
          ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
              Duration.ofHours(4), Duration.ofHours(12))
          : List.copyOf(retryDelays);
      afterCommit = afterCommit == null ? AfterCommit.ASYNC : afterCommit;
      batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
    }

    /** The attempts a mail gets before it is reported: the first and one per retry delay. */
    public int maxAttempts() {
      return retryDelays.size() + 1;
    }
  }

  @org.springframework.boot.context.properties.bind.ConstructorBinding
  public MailProperties {
    from = from == null ? "Tandem <tandem@tandem.example>" : from;
    transport = transport == null ? Transport.SMTP : transport;
    outbox = outbox == null ? new Outbox(null, null, null, null, null) : outbox;
  }

  public MailProperties(String from, Transport transport) {
    this(from, transport, null);
  }
}
