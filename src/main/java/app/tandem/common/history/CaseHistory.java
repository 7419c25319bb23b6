package app.tandem.common.history;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the history of business cases; one place for every process. */
@Service
public class CaseHistory {

  private final CaseEventRepository events;
  private final Clock clock;

  CaseHistory(CaseEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
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
}
