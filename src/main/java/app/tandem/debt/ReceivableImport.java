package app.tandem.debt;

import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Imports invoices from a CSV export of accounting: UTF-8, {@code ;}-separated, a header row with the
 * API's field names (any order), dates as 2026-12-31 or 31.12.2026, amounts with a decimal comma or
 * point. Every line is registered on its own: good lines are imported even when others are broken,
 * and the answer says for each line what happened.
 */
@Service
public class ReceivableImport {

  static final List<String> FIELDS = List.of("invoiceNumber", "customerInn", "customerName", "managerId", "amount",
      "currency", "issueDate", "dueDate", "customerEmail");
  private static final Set<String> OPTIONAL = Set.of("customerEmail");
  private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  static final int MAX_LINES = 10_000;

  private final ReceivableService receivables;

  ReceivableImport(ReceivableService receivables) {
    this.receivables = receivables;
  }

  public enum Result { CREATED, UNCHANGED, REJECTED }

  public record LineResult(int line, String invoiceNumber, Result result, String message, List<FieldProblem> errors) {
  }

  public record Report(int created, int unchanged, int rejected, List<LineResult> lines) {
  }

  public Report importCsv(String csv, String actor) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<String> rows = text.lines().toList();
    if (rows.isEmpty() || rows.get(0).isBlank()) {
      throw InvalidRequestException.of("file", "The CSV is empty: expected a header row " + String.join(";", FIELDS));
    }
    if (rows.size() - 1 > MAX_LINES) {
      throw InvalidRequestException.of("file", "At most " + MAX_LINES + " invoices per import, not " + (rows.size() - 1));
    }
    Map<String, Integer> columns = header(rows.get(0));
    List<LineResult> results = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).isBlank()) {
        continue;
      }
      results.add(importLine(i + 1, split(rows.get(i)), columns, actor));
    }
    return new Report(count(results, Result.CREATED), count(results, Result.UNCHANGED), count(results, Result.REJECTED),
        results);
  }

  private LineResult importLine(int line, List<String> cells, Map<String, Integer> columns, String actor) {
    String number = cell(cells, columns, "invoiceNumber");
    List<FieldProblem> problems = new ArrayList<>();
    if (cells.size() != columns.size()) {
      return new LineResult(line, number, Result.REJECTED,
          "The line has " + cells.size() + " fields, the header " + columns.size(), List.of());
    }
    BigDecimal amount = amount(cell(cells, columns, "amount"), problems);
    LocalDate issueDate = date("issueDate", cell(cells, columns, "issueDate"), problems);
    LocalDate dueDate = date("dueDate", cell(cells, columns, "dueDate"), problems);
    var data = new ReceivableData(number, cell(cells, columns, "customerInn"), cell(cells, columns, "customerName"),
        cell(cells, columns, "managerId"), amount, cell(cells, columns, "currency"), issueDate, dueDate,
        cell(cells, columns, "customerEmail"));
    List<FieldProblem> all = new ArrayList<>(problems);
    receivables.validate(data).stream()
        .filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
        .forEach(all::add);
    if (!all.isEmpty()) {
      return new LineResult(line, number, Result.REJECTED, "The invoice has invalid fields.", all);
    }
    try {
      var registered = receivables.register(data, actor);
      return new LineResult(line, registered.receivable().getInvoiceNumber(),
          registered.created() ? Result.CREATED : Result.UNCHANGED, null, List.of());
    } catch (ConflictException e) {
      return new LineResult(line, number, Result.REJECTED, e.getMessage(), List.of());
    } catch (InvalidRequestException e) {
      return new LineResult(line, number, Result.REJECTED, e.getMessage(), e.fields());
    }
  }

  private static Map<String, Integer> header(String row) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = split(row);
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim();
      String known = FIELDS.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst().orElse(null);
      if (known == null) {
        problems.add(new FieldProblem("header", "Unknown column '" + name + "'; the columns are "
            + String.join(";", FIELDS)));
      } else if (columns.put(known, i) != null) {
        problems.add(new FieldProblem("header", "Column '" + known + "' appears twice"));
      }
    }
    for (String field : FIELDS) {
      if (!OPTIONAL.contains(field) && !columns.containsKey(field)) {
        problems.add(new FieldProblem("header", "Column '" + field + "' is missing"));
      }
    }
    InvalidRequestException.throwIfAny("The CSV header is not valid.", problems);
    return columns;
  }

  /** Splits a line at {@code ;}, honouring double quotes as spreadsheets write them. */
  static List<String> split(String row) {
    List<String> cells = new ArrayList<>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String cell(List<String> cells, Map<String, Integer> columns, String field) {
    Integer index = columns.get(field);
    if (index == null || index >= cells.size()) {
      return null;
    }
    String value = cells.get(index).trim();
    return value.isEmpty() ? null : value;
  }

  static BigDecimal amount(String text, List<FieldProblem> problems) {
    if (text == null) {
      return null;
    }
    String digits = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    if (digits.contains(",") && digits.contains(".")) {
      problems.add(new FieldProblem("amount", "Amount '" + text + "' mixes decimal comma and point; write e.g. 1250000,50"));
      return null;
    }
    try {
      return new BigDecimal(digits.replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem("amount", "Amount '" + text + "' is not a number like 1250000,50"));
      return null;
    }
  }

  static LocalDate date(String field, String text, List<FieldProblem> problems) {
    if (text == null) {
      return null;
    }
    try {
      return text.contains(".") ? LocalDate.parse(text, RUSSIAN_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Date '" + text + "' is not a date like 2026-12-31 or 31.12.2026"));
      return null;
    }
  }

  private static int count(List<LineResult> results, Result result) {
    return (int) results.stream().filter(r -> r.result() == result).count();
  }
}
