package app.tandem.cases;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.input.Paging;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases}: the cases of every process the caller may read, open or closed. */
@RestController
class CaseController {

  private final CaseSearch search;

  CaseController(CaseSearch search) {
    this.search = search;
  }

  @GetMapping("/api/cases")
  CaseSearch.Page cases(@RequestParam(required = false) String q, @RequestParam(required = false) String process,
      @RequestParam(required = false) String manager, @RequestParam(defaultValue = "ALL") CaseSearch.State state,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Authentication caller) {
    Paging.check(page, size);
    if (process != null && !CaseSearch.processes().containsKey(process)) {
      throw InvalidRequestException.of("process", "process must be one of " + String.join(", ",
          CaseSearch.processes().keySet()));
    }
    if (q != null && q.length() > 100) {
      throw InvalidRequestException.of("q", "Search for at most 100 characters");
    }
    return search.search(q, process, manager, state, page, size, caller);
  }
}
