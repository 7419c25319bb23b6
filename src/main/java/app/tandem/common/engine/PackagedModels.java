package app.tandem.common.engine;

import app.tandem.common.engine.ModelProperties.OnConflict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the models packaged with the application — only the files that changed since the application
 * last deployed them, under its own deployment name — and never silently over a process owner's change.
 *
 * <p>A packaged BPMN or DMN file that changed defines processes or decisions; when the newest deployed
 * version of one of them comes from someone else's deployment (a process owner's, from Camunda Modeler or
 * the REST API), deploying the packaged file would make the owner's change an older version. That is
 * reported at startup — file, versions, who deployed what when — and, by {@link OnConflict}, the owner's
 * version is kept as the newest (default) or the packaged file is deployed over it.
 */
final class PackagedModels {

  private static final Logger LOG = LoggerFactory.getLogger(PackagedModels.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm z");
  static final String SOURCE = "Tandem application";

  private final RepositoryService repository;
  private final ModelProperties properties;
  private final ZoneId zone;
  private final DataSource dataSource;

  PackagedModels(ProcessEngine engine, ModelProperties properties, ZoneId zone, DataSource dataSource) {
    this.repository = engine.getRepositoryService();
    this.dataSource = dataSource;
    this.properties = properties;
    this.zone = zone;
  }

  /** The outcome of a start: what was deployed, what was kept out because an owner's version is newer. */
  record Outcome(Optional<Deployment> deployment, List<String> deployed, List<String> keptOwners, List<String> reports) {
  }

  /** Deploys the changed files among {@code packaged} (name → content). */
  Outcome deploy(Map<String, byte[]> packaged) {
    List<Deployment> ours = ourDeploymentsNewestFirst();
    Map<String, byte[]> changed = new LinkedHashMap<>();
    List<String> reports = new ArrayList<>();
    packaged.forEach((name, content) -> {
      List<byte[]> deployed = deployedByUs(ours, name);
      if (!deployed.isEmpty() && Arrays.equals(content, deployed.get(0))) {
        return; // unchanged
      }
      if (deployed.stream().skip(1).anyMatch(earlier -> Arrays.equals(content, earlier))) {
        // a node of an earlier release (a rolling upgrade, a node started from an old jar): never back to an old model
        String report = "The packaged " + name + " is an earlier version than the one the application deployed last: "
            + "not deployed (a node of an earlier release?)";
        LOG.warn(report);
        reports.add(report);
        return;
      }
      changed.put(name, content);
    });
    Set<String> ourIds = ours.stream().map(Deployment::getId).collect(Collectors.toSet());
    List<String> keptOwners = new ArrayList<>();
    for (var file : List.copyOf(changed.entrySet())) {
      for (Newer newer : newerThanOurs(file.getKey(), file.getValue(), ourIds)) {
        Deployment owners = repository.createDeploymentQuery().deploymentId(newer.deploymentId()).singleResult();
        boolean keep = properties.onConflict() == OnConflict.KEEP_OWNERS;
        String report = "The packaged " + file.getKey() + " changed since the application last deployed it, but "
            + newer.what() + " was deployed after it by " + who(owners) + ". " + (keep
                ? "Kept that version as the newest: the packaged file is not deployed (tandem.models.on-conflict="
                    + "keep-owners). Merge the change into the packaged model, or set tandem.models.on-conflict="
                    + "deploy-packaged to deploy it over the owner's."
                : "Deploying the packaged file as the newest version over it (tandem.models.on-conflict=deploy-packaged).");
        LOG.warn(report);
        reports.add(report);
        if (keep) {
          changed.remove(file.getKey());
          keptOwners.add(file.getKey());
          break;
        }
      }
    }
    if (changed.isEmpty()) {
      LOG.info("Packaged models: nothing changed since the application last deployed them{}",
          reports.isEmpty() ? "" : " (except the files reported above)");
      return new Outcome(Optional.empty(), List.of(), keptOwners, reports);
    }
    var builder = repository.createDeployment().name(properties.deploymentName()).source(SOURCE);
    changed.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    Deployment deployment = builder.deploy();
    LOG.info("Packaged models: deployed {} changed file(s) as deployment {}: {}", changed.size(), deployment.getId(),
        String.join(", ", changed.keySet()));
    return new Outcome(Optional.of(deployment), List.copyOf(changed.keySet()), keptOwners, reports);
  }

  /** What someone else deployed after the application's last version of a file, and in which deployment. */
  private record Newer(String what, String deploymentId) {
  }

  /**
   * The versions others deployed that the packaged file would supersede: the newest version of a process or
   * decision the file defines, or the newest deployed form of its file name, when not the application's.
   */
  private List<Newer> newerThanOurs(String name, byte[] content, Set<String> ourIds) {
    List<Newer> newer = new ArrayList<>();
    if (ModelResources.isForm(name)) {
      ModelResources.newestDeploymentOf(dataSource, ModelResources.plainName(name))
          .filter(deploymentId -> !ourIds.contains(deploymentId))
          .filter(deploymentId -> repository.createDeploymentQuery().deploymentId(deploymentId).count() > 0)
          .ifPresent(deploymentId -> newer.add(new Newer("form '" + ModelResources.plainName(name) + "'", deploymentId)));
      return newer;
    }
    for (ResourceDefinition newest : newestDefinitions(name, content)) {
      if (!ourIds.contains(newest.getDeploymentId())) {
        newer.add(new Newer(kind(name) + " '" + newest.getKey() + "' version " + newest.getVersion(),
            newest.getDeploymentId()));
      }
    }
    return newer;
  }

  private List<Deployment> ourDeploymentsNewestFirst() {
    return Stream.of(properties.deploymentName(), ModelProperties.EARLIER_DEPLOYMENT_NAME).distinct()
        .flatMap(name -> repository.createDeploymentQuery().deploymentName(name).list().stream())
        .sorted(Comparator.comparing(Deployment::getDeploymentTime).thenComparing(Deployment::getId).reversed())
        .toList();
  }

  /** The file's content in each of the application's deployments that hold it, newest first. */
  private List<byte[]> deployedByUs(List<Deployment> ours, String name) {
    List<byte[]> versions = new ArrayList<>();
    for (Deployment deployment : ours) {
      if (repository.getDeploymentResourceNames(deployment.getId()).contains(name)) {
        try (InputStream content = repository.getResourceAsStream(deployment.getId(), name)) {
          versions.add(content.readAllBytes());
        } catch (IOException e) {
          throw new IllegalStateException("Could not read " + name + " of deployment " + deployment.getId(), e);
        }
      }
    }
    return versions;
  }

  /** The newest deployed version of every process or decision the file defines. */
  private List<ResourceDefinition> newestDefinitions(String name, byte[] content) {
    List<ResourceDefinition> newest = new ArrayList<>();
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      for (Process process : Bpmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Process.class)) {
        if (process.isExecutable()) {
          Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId())
              .latestVersion().singleResult()).ifPresent(newest::add);
        }
      }
    } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      for (Decision decision : Dmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Decision.class)) {
        Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision.getId())
            .latestVersion().singleResult()).ifPresent(newest::add);
      }
    }
    return newest;
  }

  private static String kind(String name) {
    return name.endsWith(".dmn") || name.endsWith(".dmn11.xml") ? "decision" : "process";
  }

  private String who(Deployment deployment) {
    String by = ModelResources.deployedBy(dataSource, deployment.getId()).map(user -> " by user " + user).orElse("");
    return "deployment '" + Optional.ofNullable(deployment.getName()).orElse(deployment.getId()) + "'"
        + Optional.ofNullable(deployment.getSource()).map(source -> " from " + source).orElse("") + by
        + " on " + WHEN.format(deployment.getDeploymentTime().toInstant().atZone(zone));
  }
}
