package app.tandem.bench;

import app.tandem.support.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark on PostgreSQL 15 (embedded), as production. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true", "tandem.mail.outbox.after-commit=none",
    "logging.level.app.tandem=WARN"})
@ActiveProfiles({"test", "postgres"})
@Import(ThroughputBench.Counting.class)
class PostgresThroughputBench extends ThroughputBench {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "tandem_bench");
  }

  @Override
  String database() {
    return "postgres";
  }
}
