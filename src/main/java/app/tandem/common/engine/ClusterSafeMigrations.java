package app.tandem.common.engine;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tandem's own tables are migrated under the same startup lock as the engine's schema: Flyway runs before the
 * engine is built, and two nodes baselining an empty database at once would both create its history table.
 */
@Configuration(proxyBeanMethods = false)
class ClusterSafeMigrations {

  @Bean
  FlywayMigrationStrategy migrateUnderTheStartupLock(ClusterStartupLock startupLock) {
    return flyway -> {
      startupLock.acquire();
      flyway.migrate();
    };
  }
}
