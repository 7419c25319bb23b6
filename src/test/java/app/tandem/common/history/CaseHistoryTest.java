package app.tandem.common.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.time.BusinessTimeZone;
import app.tandem.identity.Staff;
import app.tandem.support.TandemSpringTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemSpringTest
class CaseHistoryTest {

  @Autowired
  CaseHistory history;
  @Autowired
  CaseEventRepository events;
  @Autowired
  Clock clock;
  @Autowired
  BusinessTimeZone zone;
  @Autowired
  Staff staff;

  @Test
  void keepsEventsOfACaseInOrderWithWhoWhenAndComment() {
    String number = "PR-TEST-" + UUID.randomUUID();
    history.record("payment-request", number, "anna", "SUBMITTED", "SENT_FOR_APPROVAL", null);
    history.record("payment-request", number, "svetlana", "RETURNED", "DRAFT", "Invoice number is missing");
    history.record("payment-request", "another", "boris", "SUBMITTED", "SENT_FOR_APPROVAL", null);

    var events = history.of("payment-request", number);

    assertThat(events).extracting(CaseEvent::getActor, CaseEvent::getEvent, CaseEvent::getStatus, CaseEvent::getComment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("anna", "SUBMITTED", "SENT_FOR_APPROVAL", null),
            org.assertj.core.groups.Tuple.tuple("svetlana", "RETURNED", "DRAFT", "Invoice number is missing"));
    assertThat(events.get(0).getOccurredAt()).isBeforeOrEqualTo(events.get(1).getOccurredAt());
  }

  @Test
  void aHistoryShowsPeopleByNameLookingThemUpOnceForAllRows() {
    String number = "PR-TEST-" + UUID.randomUUID();
    for (String actor : List.of("anna", "svetlana", "anna", CaseHistory.SYSTEM, "ghost", "anna")) {
      history.record("payment-request", number, actor, "COMMENTED", null, null);
    }
    List<Collection<String>> lookups = new ArrayList<>();
    PeopleNames counted = new PeopleNames() {
      @Override
      public String displayName(String userId) {
        throw new AssertionError("one look-up per row: " + userId);
      }

      @Override
      public Map<String, String> displayNames(Collection<String> userIds) {
        lookups.add(List.copyOf(userIds));
        return staff.displayNames(userIds);
      }
    };
    var counting = new CaseHistory(events, clock, zone, counted);
    var recorded = counting.of("payment-request", number);

    assertThat(counting.rows(recorded)).extracting(row -> row.get("who"))
        .containsExactly("Anna Smirnova", "Svetlana Popova", "Anna Smirnova", "Tandem", "ghost", "Anna Smirnova");
    assertThat(counting.entries(recorded)).extracting(HistoryEntry::by, HistoryEntry::byName).containsExactly(
        org.assertj.core.groups.Tuple.tuple("anna", "Anna Smirnova"),
        org.assertj.core.groups.Tuple.tuple("svetlana", "Svetlana Popova"),
        org.assertj.core.groups.Tuple.tuple("anna", "Anna Smirnova"),
        org.assertj.core.groups.Tuple.tuple(CaseHistory.SYSTEM, "Tandem"),
        org.assertj.core.groups.Tuple.tuple("ghost", "ghost"),
        org.assertj.core.groups.Tuple.tuple("anna", "Anna Smirnova"));
    assertThat(lookups).as("one look-up per answer, each person once, Tandem itself none").containsExactly(
        List.of("anna", "svetlana", "ghost"), List.of("anna", "svetlana", "ghost"));
  }

  @Test
  void namesOfSeveralPeopleComeFromTheIdentityServiceAndAnUnknownIdReadsAsItself() {
    assertThat(staff.displayNames(java.util.Arrays.asList("svetlana", "ghost", null, "anna", "svetlana")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("svetlana", "Svetlana Popova", "ghost", "ghost",
            "anna", "Anna Smirnova"));
    assertThat(staff.of(List.of("olga")).displayName("olga")).isEqualTo(staff.displayName("olga"));
  }
}
