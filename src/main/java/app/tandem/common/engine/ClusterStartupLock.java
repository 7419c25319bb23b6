package app.tandem.common.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes started at the same moment on one PostgreSQL database come up one after the other: from before Flyway
 * migrates Tandem's tables ({@link ClusterSafeMigrations}) and the engine creates or updates its schema until the node is ready (deployment, groups, authorizations, filters, demo data),
 * a node holds a PostgreSQL advisory lock that the others wait for. Each later node then finds the schema, the
 * deployment and the provisioned rows in place and changes nothing. The lock belongs to the node's database
 * session: a node that dies while starting releases it with its connection.
 *
 * <p>Other databases (the embedded H2 file, which one process opens at a time) need no lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClusterStartupLock extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);
  /** "Tandem" in ASCII: the key of the startup lock among the database's advisory locks. */
  static final long KEY = 0x54616E64656DL;

  private final DataSource dataSource;
  private Connection session;

  ClusterStartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (session != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long started = System.nanoTime();
      try (var lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
        lock.setLong(1, KEY);
        lock.execute();
      }
      long waitedMs = (System.nanoTime() - started) / 1_000_000;
      LOG.info("Startup lock taken{}", waitedMs > 100 ? " after waiting " + waitedMs + " ms for another node" : "");
      session = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the startup lock in the database", e);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // held on: provisioning and the demo data run after the engine is built
  }

  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class, ContextClosedEvent.class})
  public synchronized void release() {
    if (session == null) {
      return;
    }
    try (var unlock = session.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
      LOG.info("Startup lock released");
    } catch (SQLException e) {
      LOG.warn("Could not release the startup lock; it goes with the connection", e);
    } finally {
      try {
        session.close();
      } catch (SQLException ignored) {
        // the lock is the session's: closing it releases the lock too
      }
      session = null;
    }
  }

  /** Whether this node holds the lock now (while it starts on PostgreSQL). */
  public synchronized boolean held() {
    return session != null;
  }
}
