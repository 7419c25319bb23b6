package app.tandem.common.notification;

import app.tandem.common.notification.Notifications.Attachment;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox ({@code mail_outbox}): one entry per mail and recipient. Entries are written in the
 * transaction of the case step that causes them; {@link MailDispatcher} takes each one with a
 * conditional update (a lease), so that of several nodes exactly one sends it, and a node that dies
 * while sending leaves it to another once the lease has run out.
 */
@Repository
public class MailOutbox {

  /** Where an entry stands. */
  public enum State { PENDING, SENDING, SENT, FAILED }

  /** One mail to one recipient, as stored. */
  public record Entry(long id, String messageKey, String caseType, String caseNumber, String template,
      String recipient, String subject, String body, State state, int attempts, Instant nextAttemptAt,
      Instant createdAt, Instant sentAt, String lastError) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  MailOutbox(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Writes the mail in the current transaction (or its own); due at once. */
  @Transactional
  public long add(String caseType, String caseNumber, String template, String recipient, String subject, String body,
      List<Attachment> attachments) {
    var now = Timestamp.from(clock.instant());
    var key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into mail_outbox (message_key, case_type,"
          + " case_number, template, recipient, subject, body, state, attempts, next_attempt_at, created_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", new String[] {"id"});
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, caseType);
      insert.setString(3, caseNumber);
      insert.setString(4, template);
      insert.setString(5, recipient);
      insert.setString(6, subject);
      insert.setString(7, body);
      insert.setTimestamp(8, now);
      insert.setTimestamp(9, now);
      return insert;
    }, key);
    long id = key.getKey().longValue();
    for (int i = 0; i < attachments.size(); i++) {
      var attachment = attachments.get(i);
      jdbc.update("insert into mail_outbox_attachment (outbox_id, position, file_name, content_type, content)"
          + " values (?, ?, ?, ?, ?)", id, i, attachment.fileName(), attachment.contentType(), attachment.content());
    }
    return id;
  }

  /** Ids of entries due now: pending and due, or taken by a node whose lease ran out. Oldest first. */
  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  public List<Long> due(int limit) {
    var now = Timestamp.from(clock.instant());
    return jdbc.queryForList("select id from mail_outbox where (state = 'PENDING' and next_attempt_at <= ?)"
        + " or (state = 'SENDING' and claimed_until < ?) order by next_attempt_at, id fetch first " + limit
        + " rows only", Long.class, now, now);
  }

  /**
   * Takes the entry for sending until {@code now + lease}, counting the attempt; committed at once, so that
   * other nodes see it taken.
   *
   * @return whether this node has it (false: sent, failed, not due, or another node has it)
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean claim(long id, String node, java.time.Duration lease) {
    Instant now = clock.instant();
    return jdbc.update("update mail_outbox set state = 'SENDING', claimed_by = ?, claimed_until = ?,"
        + " attempts = attempts + 1 where id = ? and ((state = 'PENDING' and next_attempt_at <= ?)"
        + " or (state = 'SENDING' and claimed_until < ?))", node, Timestamp.from(now.plus(lease)), id,
        Timestamp.from(now), Timestamp.from(now)) == 1;
  }

  /** The server accepted the mail. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(long id, String node) {
    jdbc.update("update mail_outbox set state = 'SENT', sent_at = ?, claimed_until = null, last_error = null"
        + " where id = ? and state = 'SENDING' and claimed_by = ?", Timestamp.from(clock.instant()), id, node);
  }

  /** The attempt failed: due again at {@code retryAt}, or — null — reported as failed for good. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void attemptFailed(long id, String node, String error, Instant retryAt) {
    jdbc.update("update mail_outbox set state = ?, next_attempt_at = ?, claimed_until = null, last_error = ?"
        + " where id = ? and state = 'SENDING' and claimed_by = ?", retryAt == null ? "FAILED" : "PENDING",
        Timestamp.from(retryAt == null ? clock.instant() : retryAt), abbreviate(error), id, node);
  }

  /** A failed (or waiting) entry due again now, e.g. after the address was corrected at the mail server. */
  @Transactional
  public boolean retryNow(long id) {
    return jdbc.update("update mail_outbox set state = 'PENDING', next_attempt_at = ? where id = ?"
        + " and state in ('FAILED', 'PENDING')", Timestamp.from(clock.instant()), id) == 1;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  public Optional<Entry> find(long id) {
    return jdbc.query(SELECT + " where id = ?", this::entry, id).stream().findFirst();
  }

  /** Entries in the state (all states when null), newest first. */
  @Transactional(readOnly = true)
  public List<Entry> list(State state, int limit) {
    return state == null
        ? jdbc.query(SELECT + " order by id desc fetch first " + limit + " rows only", this::entry)
        : jdbc.query(SELECT + " where state = ? order by id desc fetch first " + limit + " rows only", this::entry,
            state.name());
  }

  /** How many entries are in each state, for the administrators' page. */
  @Transactional(readOnly = true)
  public java.util.Map<State, Long> counts() {
    var counts = new java.util.EnumMap<State, Long>(State.class);
    for (State state : State.values()) {
      counts.put(state, 0L);
    }
    jdbc.query("select state, count(*) from mail_outbox group by state",
        row -> {
          counts.put(State.valueOf(row.getString(1)), row.getLong(2));
        });
    return counts;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  public List<Attachment> attachments(long id) {
    return new ArrayList<>(jdbc.query("select file_name, content_type, content from mail_outbox_attachment"
        + " where outbox_id = ? order by position", (row, n) -> new Attachment(row.getString(1), row.getString(2),
        row.getBytes(3)), id));
  }

  private static final String SELECT = "select id, message_key, case_type, case_number, template, recipient, subject,"
      + " body, state, attempts, next_attempt_at, created_at, sent_at, last_error from mail_outbox";

  private Entry entry(java.sql.ResultSet row, int n) throws java.sql.SQLException {
    return new Entry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
        row.getString(6), row.getString(7), row.getString(8), State.valueOf(row.getString(9)), row.getInt(10),
        instant(row.getTimestamp(11)), instant(row.getTimestamp(12)), instant(row.getTimestamp(13)), row.getString(14));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }
}
