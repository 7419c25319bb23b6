package app.tandem.common.history;

import app.tandem.common.time.BusinessTimeZone;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the history of business cases; one place for every process. */
@Service
public class CaseHistory {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final CaseEventRepository events;
  private final Clock clock;
  private final BusinessTimeZone zone;

  CaseHistory(CaseEventRepository events, Clock clock, BusinessTimeZone zone) {
    this.events = events;
    this.clock = clock;
    this.zone = zone;
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

  /** The history as the task forms show it: one line per event, times in the business time zone. */
  public String text(List<CaseEvent> history) {
    return history.stream().map(event -> WHEN.format(event.getOccurredAt().atZone(zone.zone())) + " — "
            + event.getActor() + ": " + event.getEvent().toLowerCase().replace('_', ' ')
            + (event.getComment() == null ? "" : " — " + event.getComment()))
        .collect(Collectors.joining("\n"));
  }
}
