package app.tandem.common.history;

import java.time.Instant;

/** A case event as the API shows it: when, who, what, the status after it, and the comment. */
public record HistoryEntry(Instant at, String by, String event, String status, String comment) {

  public static HistoryEntry of(CaseEvent event) {
    return new HistoryEntry(event.getOccurredAt(), event.getActor(), event.getEvent(), event.getStatus(),
        event.getComment());
  }
}
