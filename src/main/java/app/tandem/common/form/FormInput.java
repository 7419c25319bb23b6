package app.tandem.common.form;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a person submitted on a form, read field by field by the form's declarations
 * ({@link FormReader}): typed values, and every problem found so far, so that a refusal lists all of
 * them at once, each on its field. Services add their business problems and call
 * {@link #refuseIfProblems()}.
 */
public final class FormInput {

  private final Map<String, Object> values;
  private final List<FieldProblem> problems;

  FormInput(Map<String, Object> values, List<FieldProblem> problems) {
    this.values = new LinkedHashMap<>(values);
    this.problems = new ArrayList<>(problems);
  }

  /** Input built directly, for code that already holds typed values (tests, imports). */
  public static FormInput of(Map<String, Object> values) {
    return new FormInput(values, List.of());
  }

  /** Whether the submission carried the field at all (an embedded form sends only what was changed). */
  public boolean sent(FormField<?> field) {
    return values.containsKey(field.name());
  }

  /** The value if the field was sent, else {@code current}: what the form did not touch stays as it is. */
  public <T> T orElse(FormField<T> field, T current) {
    return sent(field) ? get(field) : current;
  }

  /** The value, or null when the field was left empty, not sent, or could not be read. */
  @SuppressWarnings("unchecked")
  public <T> T get(FormField<T> field) {
    return (T) values.get(field.name());
  }

  /** The value; a missing one is a problem on the field ("… is required" unless a message is given). */
  public <T> T required(FormField<T> field) {
    return required(field, field.label() + " is required");
  }

  public <T> T required(FormField<T> field, String message) {
    T value = get(field);
    if (value == null && !hasProblem(field.name())) {
      problem(field.name(), message);
    }
    return value;
  }

  /** A problem on a field, in words the person understands. */
  public FormInput problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
    return this;
  }

  public FormInput problem(FormField<?> field, String message) {
    return problem(field.name(), message);
  }

  public FormInput problems(List<FieldProblem> more) {
    problems.addAll(more);
    return this;
  }

  public boolean hasProblem(String field) {
    return problems.stream().anyMatch(problem -> problem.field().equals(field));
  }

  public List<FieldProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Refuses the submission when any field has a problem: 400 with every problem on its field. */
  public void refuseIfProblems() {
    InvalidRequestException.throwIfAny(summary(problems), problems);
  }

  /** The problems as one message (what Tasklist shows): one sentence per field. */
  public static String summary(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::message).distinct().collect(Collectors.joining(". "))
        .replace("..", ".");
  }
}
