package app.tandem.admin;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' controls Cockpit CE lacks: run a timer process now. */
@RestController
@RequestMapping("/api/admin/timers")
@PreAuthorize("hasAuthority('camunda-admin')")
class AdminController {

  private final TimerProcesses timers;

  AdminController(TimerProcesses timers) {
    this.timers = timers;
  }

  @GetMapping
  List<TimerProcesses.TimerProcess> timers() {
    return timers.list();
  }

  @PostMapping("/{key}/run")
  TimerProcesses.Started run(@PathVariable String key, Authentication caller) {
    return timers.runNow(key, caller.getName());
  }
}
