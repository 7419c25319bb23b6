package app.tandem.common.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.TandemSpringTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemSpringTest
class CaseHistoryTest {

  @Autowired
  CaseHistory history;

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
}
