package app.tandem.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The forms a browser journey fills in through the real Tasklist: {@code processKey/taskId} for a user
 * task, {@code processKey} for a start form. {@code JourneyCoverageTest} checks that every declared form
 * of every process is covered by some journey; the journey itself checks, at its end, that it did complete
 * those tasks and starts ({@link Journeys#assertCovered}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Covers {
  String[] value();
}
