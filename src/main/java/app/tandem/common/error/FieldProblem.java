package app.tandem.common.error;

/** One invalid field of a request: its JSON name and what is wrong, in words a user understands. */
public record FieldProblem(String field, String message) {
}
