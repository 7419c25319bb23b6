package app.tandem.admin;

import app.tandem.common.error.ConflictException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.notification.MailDispatcher;
import app.tandem.common.notification.MailOutbox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail outbox for administrators: what could not be sent (and why), what waits for a retry, what went out —
 * and "retry now" for a mail that failed for good or waits for its next attempt.
 */
@RestController
@RequestMapping("/api/admin/mails")
@PreAuthorize("hasAuthority('camunda-admin')")
class MailController {

  private final MailOutbox outbox;
  private final MailDispatcher dispatcher;
  private final CaseHistory history;

  MailController(MailOutbox outbox, MailDispatcher dispatcher, CaseHistory history) {
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.history = history;
  }

  /** A mail as administrators see it (without its body). */
  record Mail(long id, String messageId, String caseType, String caseNumber, String template, String recipient,
      String subject, MailOutbox.State state, int attempts, Instant nextAttemptAt, Instant createdAt, Instant sentAt,
      String lastError) {
  }

  record Outbox(Map<MailOutbox.State, Long> counts, List<Mail> mails) {
  }

  @GetMapping
  Outbox list(@RequestParam(required = false) MailOutbox.State state,
      @RequestParam(defaultValue = "100") int limit) {
    int bounded = Math.max(1, Math.min(limit, 500));
    return new Outbox(outbox.counts(), outbox.list(state, bounded).stream().map(this::mail).toList());
  }

  /** Makes a failed or waiting mail due now and attempts it; 409 when it is sent or being sent. */
  @PostMapping("/{id}/retry")
  Mail retry(@PathVariable long id, Authentication caller) {
    var entry = outbox.find(id).orElseThrow(() -> new NotFoundException("No mail " + id + " in the outbox"));
    if (!outbox.retryNow(id)) {
      throw new ConflictException("Mail " + id + " is " + entry.state().name().toLowerCase(java.util.Locale.ROOT)
          + ": only a failed or waiting mail can be retried");
    }
    if (entry.caseType() != null && entry.caseNumber() != null) {
      history.record(entry.caseType(), entry.caseNumber(), caller.getName(), "MAIL_RETRIED", null,
          "Mail to " + entry.recipient() + " sent again on request");
    }
    dispatcher.send(id);
    return mail(outbox.find(id).orElseThrow());
  }

  private Mail mail(MailOutbox.Entry entry) {
    return new Mail(entry.id(), dispatcher.messageId(entry), entry.caseType(), entry.caseNumber(), entry.template(),
        entry.recipient(), entry.subject(), entry.state(), entry.attempts(), entry.nextAttemptAt(), entry.createdAt(),
        entry.sentAt(), entry.lastError());
  }
}
