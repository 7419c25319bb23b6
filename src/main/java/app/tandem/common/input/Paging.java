package app.tandem.common.input;

import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** The bounds of a paged list's {@code page} and {@code size} parameters on Tandem's API. */
public final class Paging {

  public static final int MAX_PAGE = 100_000;
  public static final int MAX_SIZE = 200;

  private Paging() {
  }

  /** Refuses a page or size out of bounds with 400 naming the parameter. */
  public static void check(int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0 || page > MAX_PAGE) {
      problems.add(new FieldProblem("page", "page must be between 0 and " + MAX_PAGE));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "size must be between 1 and " + MAX_SIZE));
    }
    InvalidRequestException.throwIfAny("The paging parameters are out of bounds.", problems);
  }
}
