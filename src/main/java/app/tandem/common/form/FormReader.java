package app.tandem.common.form;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.input.InputRules;
import app.tandem.common.input.SchemaLimits;
import app.tandem.common.time.BusinessTimeZone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Reads a form submission — whatever Tasklist, the engine's REST API or a test sent — by the form's
 * field declarations, the same way for every form: text without control characters and within its
 * column's length, dates as people write them and within a sane range, amounts as people type them,
 * choices among their codes, files as uploaded, rows field by field. Empty values count as not given.
 *
 * <p>Size: Long by nature: one reader per field kind (text, date, amount, choice, file, rows), kept together so every form reads alike.
 */
@Component
public class FormReader {

  private final SchemaLimits limits;
  private final ZoneId zone;

  FormReader(SchemaLimits limits, BusinessTimeZone zone) {
    this.limits = limits;
    this.zone = zone.zone();
  }

  /** Reads the declared fields out of the submitted values (other keys are the caller's to judge). */
  public FormInput read(Collection<FormField<?>> fields, Map<String, ?> submitted) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (FormField<?> field : fields) {
      if (submitted.containsKey(field.name())) {
        values.put(field.name(), read(field, field.name(), raw(submitted, field.name()), problems));
      }
    }
    return new FormInput(values, problems);
  }

  private Object read(FormField<?> field, String path, Object raw, List<FieldProblem> problems) {
    try {
      return switch (field.kind()) {
        case TEXT, MULTILINE_TEXT -> text(field, path, raw, problems);
        case CHOICE -> choice(field, raw);
        case DATE -> date(field, raw);
        case DATE_TIME -> dateTime(field, raw);
        case AMOUNT -> amount(field, raw);
        case WHOLE_NUMBER -> wholeNumber(field, raw);
        case FLAG -> flag(field, raw);
        case FILE -> file(raw);
        case ROWS -> rows(field, path, raw, problems);
      };
    } catch (Refused refused) {
      problems.add(new FieldProblem(path, refused.getMessage()));
      return null;
    }
  }

  private String text(FormField<?> field, String path, Object raw, List<FieldProblem> problems) {
    String text = string(raw, field);
    if (text == null) {
      return null;
    }
    Integer length = field.table() == null ? null : limits.required(field.table(), field.column()).length();
    String problem = InputRules.textProblem(field.label(), text, field.kind() == FormField.Kind.MULTILINE_TEXT, length);
    if (problem != null) {
      problems.add(new FieldProblem(path, problem));
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object choice(FormField<?> field, Object raw) {
    String code = string(raw, field);
    if (code == null || code.isBlank()) {
      return null;
    }
    String value = code.strip();
    if (!field.choices().contains(value)) {
      throw new Refused(field.label() + ": choose one of " + String.join(", ", field.choices()));
    }
    return field.type().isEnum() ? Enum.valueOf((Class) field.type(), value) : value;
  }

  private LocalDate date(FormField<?> field, Object raw) {
    LocalDate date;
    if (raw instanceof Date legacy) {
      date = legacy.toInstant().atZone(zone).toLocalDate();
    } else {
      String text = string(raw, field);
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        date = InputRules.parseDate(text);
      } catch (DateTimeParseException e) {
        throw new Refused(field.label() + " must be a date like 31.12.2026");
      }
    }
    String range = InputRules.dateRangeProblem(field.label(), date);
    if (range != null) {
      throw new Refused(range);
    }
    return date;
  }

  private Instant dateTime(FormField<?> field, Object raw) {
    Instant instant;
    if (raw instanceof Date legacy) {
      instant = legacy.toInstant();
    } else {
      String text = string(raw, field);
      if (text == null || text.isBlank()) {
        return null;
      }
      String value = text.strip();
      try {
        instant = OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        try {
          instant = LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e2) {
          try {
            instant = LocalDateTime.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm"))
                .atZone(zone).toInstant();
          } catch (DateTimeParseException e3) {
            throw new Refused(field.label() + " must be a date and time like 31.12.2026 14:30");
          }
        }
      }
    }
    String range = InputRules.dateRangeProblem(field.label(), instant.atZone(zone).toLocalDate());
    if (range != null) {
      throw new Refused(range);
    }
    return instant;
  }

  private BigDecimal amount(FormField<?> field, Object raw) {
    BigDecimal amount;
    if (raw instanceof BigDecimal decimal) {
      amount = decimal;
    } else if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      amount = BigDecimal.valueOf(((Number) raw).longValue());
    } else if (raw instanceof Number number) {
      amount = new BigDecimal(number.toString());
    } else {
      String text = string(raw, field);
      if (text == null || text.isBlank()) {
        return null;
      }
      String digits = text.strip().replaceAll("[\\s\u00a0\u202f']", "").replace(',', '.');
      if (!digits.matches("-?\\d+(\\.\\d+)?")) {
        throw new Refused(field.label() + " must be a number like 1 250 000,50");
      }
      amount = new BigDecimal(digits);
    }
    Integer precision = null;
    Integer scale = null;
    if (field.table() != null) {
      var column = limits.required(field.table(), field.column());
      precision = column.precision();
      scale = column.scale();
    }
    String fits = InputRules.numberFitsProblem(field.label(), amount, precision, scale);
    if (fits != null) {
      throw new Refused(fits);
    }
    return amount;
  }

  private Integer wholeNumber(FormField<?> field, Object raw) {
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      long value = ((Number) raw).longValue();
      if (value > 1_000_000_000L || value < -1_000_000_000L) {
        throw new Refused(field.label() + " is too large");
      }
      return (int) value;
    }
    String text = raw instanceof Number number ? number.toString() : string(raw, field);
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip().replaceAll("[\\s\u00a0\u202f]", "");
    if (value.matches("-?\\d+(\\.0+)?") && value.replaceAll("\\.0+$", "").length() <= 10) {
      long parsed = Long.parseLong(value.replaceAll("\\.0+$", ""));
      if (Math.abs(parsed) <= 1_000_000_000L) {
        return (int) parsed;
      }
    }
    throw new Refused(field.label() + " must be a whole number");
  }

  private Boolean flag(FormField<?> field, Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Boolean bool) {
      return bool;
    }
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new Refused(field.label() + " must be yes or no");
  }

  private FileUpload file(Object raw) {
    if (raw instanceof FileUpload upload) {
      return upload.content() == null || upload.content().length == 0 ? null : upload;
    }
    if (raw instanceof FileValue file) {
      if (file.getFilename() == null || file.getFilename().isBlank() || file.getValue() == null) {
        return null; // the file input was left as it was: the documents already kept stay
      }
      try (InputStream in = file.getValue()) {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? null : new FileUpload(file.getFilename(), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (raw == null || (raw instanceof String text && text.isBlank())) {
      return null;
    }
    throw new Refused("Attach the file as an upload");
  }

  @SuppressWarnings("unchecked")
  private List<FormRow> rows(FormField<?> field, String path, Object raw, List<FieldProblem> problems) {
    List<Map<String, Object>> items = new ArrayList<>();
    Object value = raw;
    if (value instanceof String json && !json.isBlank()) {
      try {
        value = Spin.JSON(json);
      } catch (RuntimeException e) {
        throw new Refused(field.label() + " must be a list of rows");
      }
    }
    if (value == null || (value instanceof String blank && blank.isBlank())) {
      return List.of();
    }
    if (value instanceof SpinJsonNode json) {
      if (!json.isArray()) {
        throw new Refused(field.label() + " must be a list of rows");
      }
      for (SpinJsonNode element : json.elements()) {
        if (!element.isObject()) {
          throw new Refused(field.label() + " must be a list of rows");
        }
        Map<String, Object> item = new LinkedHashMap<>();
        for (String name : element.fieldNames()) {
          SpinJsonNode prop = element.prop(name);
          item.put(name, prop.isNull() ? null : prop.isNumber() ? prop.numberValue()
              : prop.isBoolean() ? (Object) prop.boolValue() : prop.isValue() ? prop.stringValue() : prop.toString());
        }
        items.add(item);
      }
    } else if (value instanceof List<?> list) {
      for (Object element : list) {
        if (!(element instanceof Map<?, ?> map)) {
          throw new Refused(field.label() + " must be a list of rows");
        }
        items.add((Map<String, Object>) map);
      }
    } else {
      throw new Refused(field.label() + " must be a list of rows");
    }
    if (items.size() > 200) {
      throw new Refused(field.label() + " can have at most 200 rows");
    }
    List<FormRow> rows = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> item : items) {
      for (String key : item.keySet()) {
        if (field.rowFields().stream().noneMatch(sub -> sub.name().equals(key))) {
          problems.add(new FieldProblem(path + "[" + index + "]." + key, "'" + key + "' is not a field of "
              + field.label().toLowerCase()));
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (FormField<?> sub : field.rowFields()) {
        row.put(sub.name(), read(sub, path + "[" + index + "]." + sub.name(), item.get(sub.name()), problems));
      }
      var formRow = new FormRow(index, row);
      if (!formRow.isEmpty()) {
        rows.add(formRow);
      }
      index++;
    }
    return List.copyOf(rows);
  }

  private static String string(Object raw, FormField<?> field) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof String text) {
      return text;
    }
    if (raw instanceof Number || raw instanceof Boolean) {
      return raw.toString();
    }
    throw new Refused(field.label() + " must be " + (field.kind() == FormField.Kind.DATE ? "a date like 31.12.2026"
        : "text"));
  }

  /** The submitted value as plain Java: typed engine values unwrapped, JSON read, files kept as files. */
  static Object raw(Map<String, ?> submitted, String name) {
    Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
    if (value instanceof FileValue) {
      return value;
    }
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String serialized = serializable.getValueSerialized();
      return serialized == null ? null : Spin.JSON(serialized);
    }
    if (value instanceof TypedValue typed) {
      return typed.getValue();
    }
    return value;
  }

  /** A value refused for its field, with the reason. */
  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }
}
