package app.tandem.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Wrong passwords are counted
 * per user <em>and client address</em>, and per address over all users; after a few of them, further
 * attempts from that address are refused for a delay that doubles with every failure, up to a minute
 * ({@link #MAX_DELAY}). The user's own attempts from another address are never affected, and after the
 * delay the right password works from anywhere: there is no permanent lock (the engine's own lock-out
 * after N failures is switched off, see {@code application.yaml}). A success clears the count for that
 * user and address; counts are forgotten {@link #FORGET_AFTER} after the last failure. Kept per node,
 * in memory, bounded in size.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  /** Failures allowed before a delay applies: for a user from one address, and for one address over all users. */
  static final int FREE_FAILURES_PER_USER = 3;
  static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final Duration MAX_DELAY = Duration.ofSeconds(60);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  private static final int MAX_ENTRIES = 20_000;

  /** Who failed how often from where, and until when they must wait. */
  public record Entry(String user, String address, int failures, Instant lastFailure, Instant blockedUntil) {
  }

  private final Clock clock;
  private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long attempts for this user from this address must wait, if they must. */
  public synchronized Optional<Duration> waitBeforeAttempt(String user, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : List.of(key(user, address), key(null, address))) {
      Entry entry = current(key, now);
      if (entry != null && entry.blockedUntil().isAfter(now)) {
        Duration left = Duration.between(now, entry.blockedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    record(key(user, address), normalized(user), address, FREE_FAILURES_PER_USER, now);
    record(key(null, address), null, address, FREE_FAILURES_PER_ADDRESS, now);
  }

  public synchronized void succeeded(String user, String address) {
    entries.remove(key(user, address));
  }

  /** Who is throttled or has recent failures, most recent first (for administrators). */
  public synchronized List<Entry> recent() {
    Instant now = clock.instant();
    List<Entry> recent = new ArrayList<>();
    for (String key : new ArrayList<>(entries.keySet())) {
      Entry entry = current(key, now);
      if (entry != null) {
        recent.add(entry);
      }
    }
    recent.sort(Comparator.comparing(Entry::lastFailure).reversed());
    return recent;
  }

  private void record(String key, String user, String address, int free, Instant now) {
    Entry previous = current(key, now);
    int failures = previous == null ? 1 : previous.failures() + 1;
    Instant blockedUntil = now.plus(delayAfter(failures, free));
    entries.put(key, new Entry(user, address, failures, now, blockedUntil));
    if (failures == free + 1) {
      LOG.warn("Login attempts {} from {} are slowed down after {} wrong passwords",
          user == null ? "for any user" : "for '" + user + "'", address, failures);
    }
    while (entries.size() > MAX_ENTRIES) {
      entries.remove(entries.keySet().iterator().next());
    }
  }

  /** Nothing for the free failures, then 1 s, 2 s, 4 s … up to {@link #MAX_DELAY}. */
  static Duration delayAfter(int failures, int free) {
    if (failures <= free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free - 1, 10);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private Entry current(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry != null && entry.lastFailure().plus(FORGET_AFTER).isBefore(now)) {
      entries.remove(key);
      return null;
    }
    return entry;
  }

  private static String key(String user, String address) {
    return (user == null ? "*" : normalized(user)) + "@" + address;
  }

  private static String normalized(String user) {
    return user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
  }
}
