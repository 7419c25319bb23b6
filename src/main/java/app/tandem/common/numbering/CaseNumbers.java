package app.tandem.common.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-year case numbers such as {@code PR-2026-00042}, safe with several application nodes on one
 * database: drawing a number locks its counter row until the caller's transaction ends, so
 * numbers are unique and, as the caller commits or rolls back, without gaps.
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number for the prefix in the year, formatted {@code PREFIX-YEAR-00001}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int year) {
    if (increment(prefix, year) == 0) {
      createCounter(prefix, year);
      increment(prefix, year);
    }
    Long value = jdbc.queryForObject(
        "select last_value from case_number_counter where prefix = ? and number_year = ?", Long.class, prefix, year);
    return "%s-%d-%05d".formatted(prefix, year, value);
  }

  private int increment(String prefix, int year) {
    return jdbc.update("update case_number_counter set last_value = last_value + 1 where prefix = ? and number_year = ?",
        prefix, year);
  }

  /** The year's first number: the counter row is created in a transaction of its own. */
  private void createCounter(String prefix, int year) {
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into case_number_counter (prefix, number_year, last_value) values (?, ?, 0)", prefix, year));
    } catch (DuplicateKeyException createdByAnotherNode) {
      // fine: the row exists now
    }
  }
}
