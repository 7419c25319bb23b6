package app.tandem.admin;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: which versions running cases are on; migrate all of a process to its newest version. */
@RestController
@RequestMapping("/api/admin/process-versions")
@PreAuthorize("hasAuthority('camunda-admin')")
class ProcessVersionController {

  private final ProcessVersions versions;

  ProcessVersionController(ProcessVersions versions) {
    this.versions = versions;
  }

  @GetMapping
  List<ProcessVersions.Process> list() {
    return versions.list();
  }

  @GetMapping("/{key}")
  ProcessVersions.Process get(@PathVariable String key) {
    return versions.get(key);
  }

  /** {@code dryRun=true}: the report only. */
  @PostMapping("/{key}/migrate")
  ProcessVersions.Migration migrate(@PathVariable String key, @RequestParam(defaultValue = "false") boolean dryRun,
      Authentication caller) {
    return versions.migrateAll(key, dryRun, caller.getName());
  }
}
