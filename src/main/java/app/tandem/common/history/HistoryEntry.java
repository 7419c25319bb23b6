package app.tandem.common.history;

import java.time.Instant;

/**
 * A case event as the API shows it: when, who (the user id and the person's name), what, the status
 * after it, and the comment.
 */
public record HistoryEntry(Instant at, String by, String byName, String event, String status, String comment) {

  public static HistoryEntry of(CaseEvent event, PeopleNames people) {
    String actor = event.getActor();
    return new HistoryEntry(event.getOccurredAt(), actor, actor == null ? null
        : CaseHistory.SYSTEM.equals(actor) ? "Tandem" : people.displayName(actor), event.getEvent(), event.getStatus(),
        event.getComment());
  }
}
