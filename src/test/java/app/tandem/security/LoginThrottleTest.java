package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, without the application: who waits how long after how many wrong passwords. */
class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void theFirstFewMistakesCostNothingThenTheWaitDoublesUpToAMinute() {
    assertThat(LoginThrottle.delayAfter(3, 3)).isZero();
    assertThat(LoginThrottle.delayAfter(4, 3)).isEqualTo(Duration.ofSeconds(1));
    assertThat(LoginThrottle.delayAfter(5, 3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.delayAfter(8, 3)).isEqualTo(Duration.ofSeconds(16));
    assertThat(LoginThrottle.delayAfter(10, 3)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottle.delayAfter(1000, 3)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aStrangersMistakesSlowDownOnlyTheirAddressAndNeverForLong() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("lev", "203.0.113.9");
    }
    assertThat(throttle.waitBeforeAttempt("lev", "203.0.113.9")).hasValueSatisfying(wait ->
        assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60)));
    assertThat(throttle.waitBeforeAttempt("lev", "10.1.1.20")).as("lev at his own desk").isEmpty();
    assertThat(throttle.waitBeforeAttempt("LEV", "203.0.113.9")).as("the same user however spelled").isPresent();

    clock.advance(Duration.ofSeconds(61));
    assertThat(throttle.waitBeforeAttempt("lev", "203.0.113.9")).as("a minute later").isEmpty();
    assertThat(throttle.recent()).extracting(LoginThrottle.Entry::user).contains("lev");

    clock.advance(LoginThrottle.FORGET_AFTER);
    assertThat(throttle.recent()).isEmpty();
  }

  @Test
  void oneAddressTryingManyUsersIsSlowedDownToo() {
    for (int i = 0; i < 25; i++) {
      throttle.failed("user" + i, "198.51.100.7");
    }
    assertThat(throttle.waitBeforeAttempt("someone-new", "198.51.100.7")).isPresent();
    assertThat(throttle.waitBeforeAttempt("someone-new", "10.1.1.20")).isEmpty();
  }

  @Test
  void aSuccessClearsTheCountForThatUserAndAddress() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("olga", "10.1.1.5");
    }
    throttle.succeeded("olga", "10.1.1.5");
    throttle.failed("olga", "10.1.1.5");
    assertThat(throttle.waitBeforeAttempt("olga", "10.1.1.5")).isEmpty();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
