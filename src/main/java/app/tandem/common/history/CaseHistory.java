package app.tandem.common.history;

import app.tandem.common.time.BusinessTimeZone;
import app.tandem.common.time.Dates;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the history of business cases; one place for every process. */
@Service
public class CaseHistory {

  /** The actor of what Tandem does by itself (timers, checks, reminders). */
  public static final String SYSTEM = "system";

  private final CaseEventRepository events;
  private final Clock clock;
  private final BusinessTimeZone zone;

  private final PeopleNames people;

  CaseHistory(CaseEventRepository events, Clock clock, BusinessTimeZone zone, PeopleNames people) {
    this.events = events;
    this.clock = clock;
    this.zone = zone;
    this.people = people;
  }

  /**
   * Appends an event to the case's history.
   *
   * @param status the case's status after the event, or {@code null} if it did not change
   * @param comment what the actor wrote, or {@code null}
   */
  @Transactional
  public CaseEvent record(String caseType, String caseNumber, String actor, String event,
      String status, String comment) {
    return events.save(new CaseEvent(caseType, caseNumber, clock.instant(), actor, event, status, comment));
  }

  @Transactional(readOnly = true)
  public List<CaseEvent> of(String caseType, String caseNumber) {
    return events.findByCaseTypeAndCaseNumberOrderByOccurredAtAscIdAsc(caseType, caseNumber);
  }

  /** When an event happened, as people read it in the business time zone: {@code 01.12.2026 14:30}. */
  public String when(CaseEvent event) {
    return Dates.DATE_TIME.format(event.getOccurredAt().atZone(zone.zone()));
  }

  /** The history as the API shows it. */
  public List<HistoryEntry> entries(List<CaseEvent> history) {
    var names = people.of(actors(history));
    return history.stream().map(event -> HistoryEntry.of(event, names)).toList();
  }

  /** The history as a form's table shows it: when, who, what, comment. */
  public List<Map<String, Object>> rows(List<CaseEvent> history) {
    var names = people.of(actors(history));
    return history.stream().map(event -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("when", when(event));
      row.put("who", event.getActor() == null ? "" : SYSTEM.equals(event.getActor()) ? "Tandem"
          : names.displayName(event.getActor()));
      row.put("what", event.getEvent().toLowerCase().replace('_', ' '));
      row.put("comment", event.getComment() == null ? "" : event.getComment());
      return row;
    }).toList();
  }

  /** The people who acted in this history (Tandem itself is no person). */
  private static List<String> actors(List<CaseEvent> history) {
    return history.stream().map(CaseEvent::getActor).filter(actor -> actor != null && !SYSTEM.equals(actor))
        .distinct().toList();
  }
}
