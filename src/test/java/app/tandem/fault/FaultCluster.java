package app.tandem.fault;

import app.tandem.support.EmbeddedPostgres;
import app.tandem.support.FaultySmtp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What a fault test runs on: one embedded PostgreSQL database of its own, a shared documents folder, a mail server
 * that fails on demand, and any number of {@link AppNode}s.
 */
final class FaultCluster implements AutoCloseable {

  static final Duration START_LIMIT = Duration.ofMinutes(3);

  final String database;
  final Path documents;
  final FaultySmtp smtp = FaultySmtp.onFreePort();
  final List<AppNode> nodes = new ArrayList<>();
  private int started;

  FaultCluster(String database) {
    this.database = database;
    EmbeddedPostgres.recreate(database);
    try {
      documents = Files.createTempDirectory("tandem-fault-documents");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String jdbcUrl() {
    return EmbeddedPostgres.jdbcUrl(database);
  }

  /** Starts this many nodes at the same moment and waits until every one is up. */
  List<AppNode> startTogether(int count, Map<String, String> settings) {
    List<AppNode> group = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      group.add(AppNode.of(database + "-node" + (++started), jdbcUrl(), documents, smtp.port(), settings));
    }
    group.forEach(AppNode::start);
    nodes.addAll(group);
    CompletableFuture.allOf(group.stream().map(node -> CompletableFuture.runAsync(() -> node.awaitReady(START_LIMIT)))
        .toArray(CompletableFuture[]::new)).join();
    return group;
  }

  AppNode startOne(Map<String, String> settings) {
    return startTogether(1, settings).get(0);
  }

  void stopAll() {
    nodes.parallelStream().forEach(AppNode::stop);
    nodes.clear();
  }

  /** SQL on the cluster's database, from the test. */
  JdbcTemplate sql() {
    var source = new SingleConnectionDataSource(jdbcUrl(), "postgres", "postgres", true);
    return new JdbcTemplate(source);
  }

  @Override
  public void close() {
    stopAll();
    smtp.close();
  }
}
