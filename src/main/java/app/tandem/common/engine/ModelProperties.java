package app.tandem.common.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application deploys the models it packages ({@code tandem.models}): under which deployment name,
 * and what it does when a packaged model changed but a process owner deployed a newer one of the same
 * process or decision ({@link OnConflict}).
 */
@ConfigurationProperties("tandem.models")
public record ModelProperties(String deploymentName, OnConflict onConflict) {

  /** The name of the application's deployments until this version; its deployments count as the app's. */
  public static final String EARLIER_DEPLOYMENT_NAME = "SpringAutoDeployment";

  public ModelProperties {
    deploymentName = deploymentName == null || deploymentName.isBlank() ? "tandem-models" : deploymentName;
    onConflict = onConflict == null ? OnConflict.KEEP_OWNERS : onConflict;
  }

  /** What the application does with a changed packaged model that would supersede a process owner's. */
  public enum OnConflict {
    /** The owner's version stays the newest; the packaged file is not deployed (reported at every start). */
    KEEP_OWNERS,
    /** The packaged file is deployed and becomes the newest version (reported). */
    DEPLOY_PACKAGED
  }
}
