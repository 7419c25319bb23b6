package app.tandem.common.input;

import app.tandem.common.time.Dates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * What Tandem accepts as text, dates and amounts from anyone — forms, the engine's APIs and Tandem's
 * own API alike. Each method answers the problem in words a user understands, or {@code null}.
 */
public final class InputRules {

  /** Dates people enter are between these (a pay-by date in 57443 is a typing error, not a plan). */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
  /** Text that is not stored in a column of its own (a comment on a decision) is at most this long. */
  public static final int DEFAULT_MAX_LENGTH = 4000;
  /** An idempotency key: printable ASCII, as RFC 9110 header values allow without encoding. */
  public static final int MAX_IDEMPOTENCY_KEY = 200;

  private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
      .withResolverStyle(ResolverStyle.STRICT);
  /**
   * Characters no business text needs and that hide or reorder what a reader sees: C0 and C1 control
   * characters (line breaks and tabs aside), DEL, the Unicode bidirectional overrides and isolates,
   * zero-width joiners used for spoofing, the byte-order mark inside text, and lone surrogates.
   */
  private static final Pattern FORBIDDEN = Pattern.compile(
      "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF"
          + "\\uFFF9-\\uFFFB]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
  private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u2028\\u2029]");
  private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]*[\\x21-\\x7E])?");

  private InputRules() {
  }

  /**
   * The problem with a piece of text, or null.
   *
   * @param multiline whether line breaks are allowed (comments, descriptions), or not (names, numbers)
   * @param maxLength the column's length, or null for {@link #DEFAULT_MAX_LENGTH}
   */
  public static String textProblem(String label, String text, boolean multiline, Integer maxLength) {
    if (text == null) {
      return null;
    }
    if (FORBIDDEN.matcher(text).find()) {
      return label + " contains invisible control characters; type or paste it again as plain text";
    }
    if (!multiline && LINE_BREAK.matcher(text).find()) {
      return label + " must be a single line";
    }
    int limit = maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    int length = text.strip().codePointCount(0, text.strip().length());
    if (length > limit) {
      return label + " must have at most " + limit + " characters (has " + length + ")";
    }
    return null;
  }

  /** The problem with a date, or null: within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
  public static String dateRangeProblem(String label, LocalDate date) {
    if (date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE))) {
      return null;
    }
    return label + " must be between " + Dates.DATE.format(EARLIEST_DATE) + " and "
        + Dates.DATE.format(LATEST_DATE);
  }

  /**
   * A date as people and forms write it: {@code 31.12.2026} (as a Russian office types it) or ISO
   * {@code 2026-12-31} (as date pickers and other systems send it, possibly with a time part).
   *
   * @throws DateTimeParseException when it is neither
   */
  public static LocalDate parseDate(String text) {
    String value = text.trim();
    if (value.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
      String[] parts = value.split("\\.");
      return LocalDate.parse("%02d.%02d.%s".formatted(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]),
          RUSSIAN_DATE);
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
      return LocalDate.parse(value.substring(0, 10));
    }
    throw new DateTimeParseException("not a date", value, 0);
  }

  /**
   * The problem with an amount against its column ({@code numeric(precision, scale)}), or null.
   * Business rules (positive, at most the balance) are the services' to check.
   */
  public static String numberFitsProblem(String label, BigDecimal value, Integer precision, Integer scale) {
    if (value == null) {
      return null;
    }
    int allowedScale = scale == null ? 2 : scale;
    if (value.stripTrailingZeros().scale() > allowedScale) {
      return label + " can have at most " + allowedScale + " decimal places";
    }
    int allowedPrecision = precision == null ? 19 : precision;
    BigDecimal plain = value.setScale(Math.max(allowedScale, 0), java.math.RoundingMode.UNNECESSARY);
    if (plain.precision() - plain.scale() > allowedPrecision - allowedScale) {
      return label + " is too large";
    }
    return null;
  }

  /**
   * The problem with a number's size against its column, or null: more integer digits than
   * {@code numeric(precision, scale)} holds (decimals beyond the scale are the business rules' to judge).
   */
  public static String magnitudeProblem(String label, BigDecimal value, Integer precision, Integer scale) {
    if (value == null) {
      return null;
    }
    int integerDigits = (precision == null ? 19 : precision) - (scale == null ? 2 : scale);
    BigDecimal whole = value.abs().setScale(0, java.math.RoundingMode.DOWN);
    return whole.signum() != 0 && whole.precision() > integerDigits ? label + " is too large" : null;
  }

  /** The problem with an {@code Idempotency-Key} header, or null. */
  public static String idempotencyKeyProblem(String key) {
    if (key == null) {
      return null;
    }
    if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY || !PRINTABLE_ASCII.matcher(key).matches()) {
      return "Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY
          + " printable ASCII characters (letters, digits, punctuation; no spaces at the ends)";
    }
    return null;
  }
}
