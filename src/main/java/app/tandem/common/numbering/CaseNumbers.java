package app.tandem.common.numbering;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-year case numbers such as {@code PR-2026-00042}, drawn from a database sequence per prefix
 * and year ({@code case_number_pr_2026}): unique across every node on the database, and drawn
 * without a lock, so creating cases never waits for another create to commit (a counter row locked
 * until commit serialised every create with its process start).
 *
 * <p>Case numbers are Tandem's own references, not accounting documents: they are unique and
 * increasing, but <b>not gap-free</b> — a number drawn by a create that then fails (the database
 * goes away, the node dies before the commit) is not used again. Documents whose numbering the
 * law or the bank cares about get numbers of their own.
 *
 * <p>The year's sequence is created at its first use, in a short transaction of its own, starting
 * after the year's last number of the counter table earlier versions kept.
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;
  private final Set<String> existing = ConcurrentHashMap.newKeySet();
  private volatile Boolean postgres;

  CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number for the prefix in the year, formatted {@code PREFIX-YEAR-00001}. */
  public String next(String prefix, int year) {
    if (!prefix.matches("[A-Z]{1,8}")) {
      throw new IllegalArgumentException("A case number prefix is 1 to 8 capital letters: " + prefix);
    }
    String sequence = "case_number_" + prefix.toLowerCase(Locale.ROOT) + "_" + year;
    if (!existing.contains(sequence)) {
      ensureSequence(sequence, prefix, year);
      existing.add(sequence);
    }
    Long value = jdbc.queryForObject(isPostgres() ? "select nextval('" + sequence + "')"
        : "select next value for " + sequence, Long.class);
    return "%s-%d-%05d".formatted(prefix, year, value);
  }

  private void ensureSequence(String sequence, String prefix, int year) {
    Integer found = jdbc.queryForObject("select count(*) from information_schema.sequences where lower(sequence_name) = ?",
        Integer.class, sequence);
    if (found != null && found > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> {
        Long last = jdbc.queryForObject("select coalesce(max(last_value), 0) from case_number_counter"
            + " where prefix = ? and number_year = ?", Long.class, prefix, year);
        jdbc.execute("create sequence if not exists " + sequence + " start with " + (last + 1));
      });
    } catch (DataAccessException createdByAnotherNode) {
      Integer now = jdbc.queryForObject("select count(*) from information_schema.sequences"
          + " where lower(sequence_name) = ?", Integer.class, sequence);
      if (now == null || now == 0) {
        throw createdByAnotherNode;
      }
    }
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
          connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }
    return postgres;
  }
}
