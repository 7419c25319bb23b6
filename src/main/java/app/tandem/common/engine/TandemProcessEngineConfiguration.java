package app.tandem.common.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * The engine configuration of Tandem: services that route what clients send through the
 * {@link EngineGateway}, the command guard behind them, and portable deployment resource names.
 *
 * <p>The task, form and runtime services are Tandem's subclasses ({@link TandemTaskService},
 * {@link TandemFormService}, {@link TandemRuntimeService}); every API — engine REST, the webapps'
 * engine API, Tasklist, Tandem's own code — uses them. {@link ClientCommandGuard} refuses the same
 * changes by any other path, and {@link FailureRecorder} keeps the original failure of a request for
 * the error contract. {@link TandemAuthorizationManager} keeps task lists fast at volume.
 *
 * <p>Spring's auto-deployment names a file resource by its absolute path
 * ({@code /home/x/tandem/target/classes/bpmn/payment-approval.bpmn}), so the same model deployed
 * from another checkout or from the packaged jar looks new to duplicate filtering and gets a new
 * version, and {@code embedded:deployment:forms/...} form keys cannot be resolved. Here a model is
 * named by its path below the classpath root ({@code bpmn/payment-approval.bpmn},
 * {@code forms/payment-pay.html}) wherever it comes from; only the packaged files that changed since the app last
 * deployed them are deployed ({@link PackagedModels}), and every deployment's files are recorded so that forms
 * resolve to the newest of their name ({@link ModelResources}).
 */
public class TandemProcessEngineConfiguration extends SpringProcessEngineConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(TandemProcessEngineConfiguration.class);

  /** The classpath folders models are deployed from: the project's top-level folders. */
  public static final List<String> MODEL_FOLDERS = List.of("bpmn/", "forms/");

  private final GatewayHolder gateway = new GatewayHolder(() -> getIdentityService().getCurrentAuthentication());
  private final ModelProperties models;
  private final ZoneId businessZone;

  public TandemProcessEngineConfiguration(ModelProperties models, ZoneId businessZone) {
    this.models = models;
    this.businessZone = businessZone;
    setDeploymentName(models.deploymentName());
    // which model and form files are deployed, by whom: forms resolve to the newest of their name
    setCustomPreDeployers(new ArrayList<>(List.of(new ModelResources.Recorder())));
    setTaskService(new TandemTaskService(gateway));
    setFormService(new TandemFormService(gateway));
    setRuntimeService(new TandemRuntimeService(gateway));
    // refuse clients' unchecked commands once the caller is known (after the command context)
    List<CommandInterceptor> post = new ArrayList<>();
    post.add(new ClientCommandGuard());
    setCustomPostCommandInterceptorsTxRequired(post);
    setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>(List.of(new ClientCommandGuard())));
    setCustomPreCommandInterceptorsTxRequired(new ArrayList<>(List.of(new FailureRecorder())));
    // task lists checked by condition, not by joining every task with every grant
    setCustomSessionFactories(new ArrayList<>(List.of(new TandemAuthorizationManager.Factory())));
    // ... and single tasks by who is linked to them now, not by a grant row per task
    setResourceAuthorizationProvider(new TandemAuthorizationProvider());
  }

  /**
   * Builds the engine and, when revokes are checked "auto" (the default) and the database holds
   * none, stops checking them: in "auto" the engine asks in every command that checks
   * authorizations whether a revoke exists — twelve statements per payment request. Tandem refuses
   * new revokes ({@link TandemAuthorizationManager#validateResourceCompatibility}) on every node, so
   * none can appear; a database that already holds some keeps the engine's check.
   */
  @Override
  public ProcessEngine buildProcessEngine() {
    ProcessEngine engine = super.buildProcessEngine();
    if (isAuthorizationEnabled() && AUTHORIZATION_CHECK_REVOKE_AUTO.equalsIgnoreCase(getAuthorizationCheckRevokes())) {
      long revokes = engine.getAuthorizationService().createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
      if (revokes == 0) {
        setAuthorizationCheckRevokes(AUTHORIZATION_CHECK_REVOKE_NEVER);
      } else {
        LOG.warn("The database holds {} REVOKE authorizations; Tandem creates none and refuses new ones. "
            + "Revokes stay checked in every command until they are deleted and the app restarted.", revokes);
      }
    }
    return engine;
  }

  /** Connects the gateway once the application context has created it. */
  public void connect(EngineGateway engineGateway) {
    gateway.set(engineGateway);
  }

  /**
   * Deploys the packaged models that changed since the application last deployed them, and not over a
   * process owner's newer version unless configured so ({@link PackagedModels}); instead of the Spring
   * integration's deployment of every file under the name "SpringAutoDeployment" whenever one changed.
   */
  @Override
  protected void autoDeployResources(ProcessEngine engine) {
    ModelResources.recordEarlierDeployments(engine, getDataSource());
    if (deploymentResources == null || deploymentResources.length == 0) {
      return;
    }
    Map<String, byte[]> packaged = new LinkedHashMap<>();
    for (Resource resource : deploymentResources) {
      String name = resource instanceof ContextResource context ? context.getPathWithinContext() : getFileResourceName(resource);
      try (InputStream content = resource.getInputStream()) {
        packaged.put(name, content.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException("Could not read the packaged model " + resource, e);
      }
    }
    new PackagedModels(engine, models, businessZone, getDataSource()).deploy(packaged);
  }

  @Override
  protected String getFileResourceName(Resource resource) {
    return portableName(resource);
  }

  static String portableName(Resource resource) {
    try {
      String uri = resource.getURI().toString();
      int start = -1;
      for (String folder : MODEL_FOLDERS) {
        start = Math.max(start, uri.lastIndexOf("/" + folder));
      }
      if (start >= 0) {
        return uri.substring(start + 1);
      }
    } catch (IOException e) {
      // fall through to the plain file name
    }
    return resource.getFilename();
  }
}
