package app.tandem.common.form;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A field of a start or task form: its key (the form's field key, e.g. {@code purpose}), the label
 * people read in messages, what kind of value it takes, and where it is stored (whose column
 * length limits it). Declared once as a constant in the process class, next to its variables;
 * {@link FormInput} reads a submission by these declarations.
 *
 * <p>Form fields are not process variables: what a person types goes to the case's service, never
 * into the engine.
 */
public final class FormField<T> {

  /** What a field takes; each kind is read and checked the same way on every form. */
  public enum Kind {
    /** One line of text. */
    TEXT,
    /** Text with line breaks (comments, reasons, purposes). */
    MULTILINE_TEXT,
    /** One of a fixed set of codes (a select or radio group). */
    CHOICE,
    /** A calendar date ({@code 31.12.2026} or ISO). */
    DATE,
    /** A date and time in the business time zone. */
    DATE_TIME,
    /** An amount of money as people type it ({@code 1 250 000,50}). */
    AMOUNT,
    /** A whole number. */
    WHOLE_NUMBER,
    /** A checkbox. */
    FLAG,
    /** An uploaded file. */
    FILE,
    /** Repeating rows of sub-fields (instalments, list moves). */
    ROWS
  }

  private final String name;
  private final String label;
  private final Kind kind;
  private final Class<T> type;
  private final List<String> choices;
  private final String table;
  private final String column;
  private final List<FormField<?>> rowFields;

  private FormField(String name, String label, Kind kind, Class<T> type, List<String> choices, String table,
      String column, List<FormField<?>> rowFields) {
    this.name = Objects.requireNonNull(name);
    this.label = Objects.requireNonNull(label);
    this.kind = Objects.requireNonNull(kind);
    this.type = type;
    this.choices = List.copyOf(choices);
    this.table = table;
    this.column = column;
    this.rowFields = List.copyOf(rowFields);
  }

  public static FormField<String> text(String name, String label) {
    return new FormField<>(name, label, Kind.TEXT, String.class, List.of(), null, null, List.of());
  }

  public static FormField<String> multilineText(String name, String label) {
    return new FormField<>(name, label, Kind.MULTILINE_TEXT, String.class, List.of(), null, null, List.of());
  }

  /** One of the constants of an enum, by name. */
  public static <E extends Enum<E>> FormField<E> choice(String name, String label, Class<E> type) {
    return new FormField<>(name, label, Kind.CHOICE, type,
        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), null, null, List.of());
  }

  /** One of a few codes that are not worth an enum (a currency). */
  public static FormField<String> choice(String name, String label, List<String> codes) {
    return new FormField<>(name, label, Kind.CHOICE, String.class, codes, null, null, List.of());
  }

  public static FormField<LocalDate> date(String name, String label) {
    return new FormField<>(name, label, Kind.DATE, LocalDate.class, List.of(), null, null, List.of());
  }

  public static FormField<Instant> dateTime(String name, String label) {
    return new FormField<>(name, label, Kind.DATE_TIME, Instant.class, List.of(), null, null, List.of());
  }

  public static FormField<BigDecimal> amount(String name, String label) {
    return new FormField<>(name, label, Kind.AMOUNT, BigDecimal.class, List.of(), null, null, List.of());
  }

  public static FormField<Integer> wholeNumber(String name, String label) {
    return new FormField<>(name, label, Kind.WHOLE_NUMBER, Integer.class, List.of(), null, null, List.of());
  }

  public static FormField<Boolean> flag(String name, String label) {
    return new FormField<>(name, label, Kind.FLAG, Boolean.class, List.of(), null, null, List.of());
  }

  public static FormField<FileUpload> file(String name, String label) {
    return new FormField<>(name, label, Kind.FILE, FileUpload.class, List.of(), null, null, List.of());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static FormField<List<FormRow>> rows(String name, String label, FormField<?>... fields) {
    return new FormField(name, label, Kind.ROWS, List.class, List.of(), null, null, List.of(fields));
  }

  /** The column the value is stored in: its declared length or numeric precision limits the input. */
  public FormField<T> storedIn(String table, String column) {
    return new FormField<>(name, label, kind, type, choices, table, column, rowFields);
  }

  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public Class<T> type() {
    return type;
  }

  /** The accepted codes of a {@link Kind#CHOICE}. */
  public List<String> choices() {
    return choices;
  }

  public String table() {
    return table;
  }

  public String column() {
    return column;
  }

  /** The sub-fields of each row of a {@link Kind#ROWS} field. */
  public List<FormField<?>> rowFields() {
    return rowFields;
  }

  @Override
  public String toString() {
    return name + ":" + kind;
  }
}
