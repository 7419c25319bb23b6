package app.tandem.common.engine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which model and form files are deployed, by whom, newest last: the {@code model_resource} table.
 *
 * <p>A process owner deploys one file at a time from Camunda Modeler, under its plain name
 * ({@code payment-request-pay.html}); the app packages its files under their folder
 * ({@code forms/payment-request-pay.html}). A form key ({@code embedded:deployment:forms/payment-request-pay.html})
 * therefore resolves to the newest deployed file of the same plain name, whichever deployment holds it
 * ({@link #newestForm}), so that a BPMN deployed alone keeps its forms and a form deployed alone is used
 * by the next task opened — of running cases too. The {@link Recorder} writes a row per file in the
 * deploying transaction, on whichever node and through whichever API the deployment comes.
 */
public final class ModelResources {

  private static final Logger LOG = LoggerFactory.getLogger(ModelResources.class);

  private ModelResources() {
  }

  /** The file name without its folders: {@code forms/x.html} → {@code x.html}. */
  public static String plainName(String resourceName) {
    int slash = Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\'));
    return slash < 0 ? resourceName : resourceName.substring(slash + 1);
  }

  static boolean isForm(String resourceName) {
    return resourceName.endsWith(".html") || resourceName.endsWith(".form");
  }

  /**
   * The newest deployed form file of the given resource's plain name, read in the current command; empty
   * when none is recorded (the caller then reads its own deployment, as the engine does).
   */
  static Optional<InputStream> newestForm(CommandContext commandContext, String resourceName) {
    if (!isForm(resourceName)) {
      return Optional.empty();
    }
    List<String[]> newestFirst = new ArrayList<>();
    Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
    try (var query = connection.prepareStatement(
        "select deployment_id, resource_name from model_resource where plain_name = ? order by id desc")) {
      query.setString(1, plainName(resourceName));
      try (var row = query.executeQuery()) {
        while (row.next()) {
          newestFirst.add(new String[] {row.getString(1), row.getString(2)});
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not look up the newest deployed form " + resourceName, e);
    }
    for (String[] file : newestFirst) { // a deleted deployment's rows stay behind and are passed over
      ResourceEntity resource = commandContext.getResourceManager().findResourceByDeploymentIdAndResourceName(file[0], file[1]);
      if (resource != null) {
        return Optional.of(new ByteArrayInputStream(resource.getBytes()));
      }
    }
    return Optional.empty();
  }

  /**
   * Records the files of every new deployment in its own transaction: runs before the engine's deployers,
   * also for deployments that are only (re)loaded into a node's cache — those are not new and are skipped.
   */
  static final class Recorder implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew() || deployment.getResources() == null) {
        return;
      }
      CommandContext commandContext = Context.getCommandContext();
      Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
      try {
        for (ResourceEntity resource : deployment.getResources().values()) {
          insert(connection, deployment, resource.getName(), commandContext.getAuthenticatedUserId());
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not record the files of deployment " + deployment.getId(), e);
      }
    }
  }

  /**
   * Records the deployments made before Tandem recorded them (a database upgraded to this version), once: the
   * table is empty and the engine holds deployments. Oldest first, so that the newest stays newest.
   */
  static void recordEarlierDeployments(ProcessEngine engine, DataSource dataSource) {
    RepositoryService repository = engine.getRepositoryService();
    try (Connection connection = dataSource.getConnection()) {
      try (var count = connection.prepareStatement("select count(*) from model_resource");
          var row = count.executeQuery()) {
        row.next();
        if (row.getLong(1) > 0) {
          return;
        }
      }
      var deployments = repository.createDeploymentQuery().orderByDeploymentTime().asc().list();
      for (Deployment deployment : deployments) {
        for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
          insert(connection, deployment, name, null);
        }
      }
      if (!deployments.isEmpty()) {
        LOG.info("Recorded the files of {} earlier deployments", deployments.size());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the earlier deployments", e);
    }
  }

  /** The newest deployment holding a file of this plain name. */
  static Optional<String> newestDeploymentOf(DataSource dataSource, String plainName) {
    try (Connection connection = dataSource.getConnection();
        var query = connection.prepareStatement("select deployment_id from model_resource where plain_name = ? "
            + "order by id desc fetch first 1 rows only")) {
      query.setString(1, plainName);
      try (var row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the newest deployment of " + plainName, e);
    }
  }

  /** Who deployed the deployment: the user authenticated when it was made; empty for the application. */
  static Optional<String> deployedBy(DataSource dataSource, String deploymentId) {
    try (Connection connection = dataSource.getConnection();
        var query = connection.prepareStatement(
            "select deployed_by from model_resource where deployment_id = ? and deployed_by is not null")) {
      query.setString(1, deploymentId);
      try (var row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read who made deployment " + deploymentId, e);
    }
  }

  private static void insert(Connection connection, Deployment deployment, String resourceName, String user)
      throws SQLException {
    try (var insert = connection.prepareStatement("insert into model_resource (deployment_id, resource_name, "
        + "plain_name, deployment_name, deployment_source, deployed_by, deployed_at) values (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, deployment.getId());
      insert.setString(2, resourceName);
      insert.setString(3, plainName(resourceName));
      insert.setString(4, deployment.getName());
      insert.setString(5, deployment.getSource());
      insert.setString(6, user);
      insert.setTimestamp(7, new Timestamp(deployment.getDeploymentTime().getTime()));
      insert.executeUpdate();
    }
  }
}
