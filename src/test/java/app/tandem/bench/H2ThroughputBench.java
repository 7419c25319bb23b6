package app.tandem.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The benchmark on H2 (in memory), the embedded default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true", "tandem.mail.outbox.after-commit=none",
    "logging.level.app.tandem=WARN"})
@ActiveProfiles("test")
@Import(ThroughputBench.Counting.class)
class H2ThroughputBench extends ThroughputBench {

  @Override
  String database() {
    return "h2";
  }
}
