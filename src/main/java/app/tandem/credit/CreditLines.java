package app.tandem.credit;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.money.Money;
import app.tandem.common.process.FormValues;
import app.tandem.common.time.Dates;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' credit lines, one per currency: granted (or changed) by credit control with a limit — zero is
 * prepayment only —, the agreed payment term, the rating and the next review, each grant in the customer's history.
 */
@Service
public class CreditLines {

  /** The case type of a customer's history. */
  public static final String CASE_TYPE = "counterparty";
  static final Set<String> RATINGS = Set.of("A", "B", "C", "D");
  static final int MAX_TERM_DAYS = 365;

  private final CreditLineRepository lines;
  private final CounterpartyDirectory directory;
  private final CaseHistory history;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  CreditLines(CreditLineRepository lines, CounterpartyDirectory directory, CaseHistory history,
      WorkingDayCalendar calendar, Clock clock) {
    this.lines = lines;
    this.directory = directory;
    this.history = history;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What credit control grants: a limit in one currency, the payment term, the rating, the next review. */
  public record Grant(Money limit, int termDays, String rating, LocalDate nextReviewOn, String creditCheck) {
  }

  /** Grants the customer's line in the grant's currency, or changes the one there is; every field is checked. */
  @Transactional
  public CreditLine grant(String inn, Grant grant, String actor) {
    if (directory.find(inn).isEmpty()) {
      throw new NotFoundException("No counterparty with INN " + inn);
    }
    List<FieldProblem> problems = new ArrayList<>();
    BigDecimal amount = grant.limit() == null ? null : grant.limit().amount();
    String currency = grant.limit() == null ? null : grant.limit().currency();
    String amountProblem = amount == null || amount.signum() <= 0 ? null : Money.amountProblem(amount);
    if (amount == null) {
      problems.add(new FieldProblem("limit", "Enter the limit (0 for prepayment only)"));
    } else if (amount.signum() < 0) {
      problems.add(new FieldProblem("limit", "The limit cannot be negative"));
    } else if (amountProblem != null) {
      problems.add(new FieldProblem("limit", amountProblem.replace("Amount", "The limit")));
    }
    String currencyProblem = Money.currencyProblem(currency);
    if (currencyProblem != null) {
      problems.add(new FieldProblem("currency", currencyProblem));
    }
    if (grant.termDays() < 0 || grant.termDays() > MAX_TERM_DAYS) {
      problems.add(new FieldProblem("termDays", "The payment term is 0 to " + MAX_TERM_DAYS + " days"));
    }
    if (grant.rating() == null || !RATINGS.contains(grant.rating())) {
      problems.add(new FieldProblem("rating", "The rating is A, B, C or D"));
    }
    if (grant.nextReviewOn() == null || !grant.nextReviewOn().isAfter(calendar.today())) {
      problems.add(new FieldProblem("nextReviewOn", "The next review is a date after today"));
    }
    InvalidRequestException.throwIfAny(FormValues.problemsText(problems), problems);
    var line = lines.findByCounterpartyInnAndCurrency(inn, currency).orElseGet(() -> new CreditLine(inn, currency));
    boolean changed = line.getRating() != null;
    line.grant(amount.setScale(2), grant.termDays(), grant.rating(), grant.nextReviewOn(), actor, clock.instant(),
        grant.creditCheck());
    lines.save(line);
    history.record(CASE_TYPE, inn, actor, changed ? "CREDIT_LINE_CHANGED" : "CREDIT_LINE_GRANTED", null,
        line.limit().display() + ", " + grant.termDays() + " days, rating " + grant.rating() + ", review by "
            + Dates.show(grant.nextReviewOn()) + (grant.creditCheck() == null ? "" : " (" + grant.creditCheck() + ")"));
    return line;
  }

  @Transactional(readOnly = true)
  public List<CreditLine> of(String inn) {
    return lines.findByCounterpartyInnOrderByCurrency(inn);
  }
}
