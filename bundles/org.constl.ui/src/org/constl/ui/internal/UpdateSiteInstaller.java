package org.constl.ui.internal;

import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Installs features from a p2 update site into the running workbench's own p2 profile, with
 * p2's planner and engine (what Eclipse's "Install New Software" does, without its UI). The
 * installed plug-ins are there after a restart.
 */
final class UpdateSiteInstaller {

  /** What a site offers: its features (p2 "groups") not installed already. */
  record Offer(URI site, List<IInstallableUnit> features) {
  }

  private final IProvisioningAgent agent;

  private UpdateSiteInstaller(IProvisioningAgent agent) {
    this.agent = agent;
  }

  /**
   * The installer of the running workbench.
   *
   * @throws ProvisionException when the workbench was not installed with p2 (no profile), e.g.
   *     when it runs from a development or test launch
   */
  static UpdateSiteInstaller ofRunningWorkbench() throws ProvisionException {
    IProvisioningAgentProvider provider = Services.find(IProvisioningAgentProvider.class);
    if (provider == null) {
      throw new ProvisionException("p2 is not available in this workbench");
    }
    IProvisioningAgent agent = provider.createAgent(null);
    IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
    if (profiles == null || profiles.getProfile(IProfileRegistry.SELF) == null) {
      throw new ProvisionException("this workbench has no p2 profile, so plug-ins cannot be installed into it;"
          + " run the built product to install plug-ins");
    }
    return new UpdateSiteInstaller(agent);
  }

  /** Reads the site's metadata and lists what it offers. */
  Offer read(URI site, IProgressMonitor monitor) throws ProvisionException {
    SubMonitor progress = SubMonitor.convert(monitor, "Reading " + site, 3);
    IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
    IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
    IMetadataRepository repository = metadata.loadRepository(site, progress.split(1));
    artifacts.loadRepository(site, progress.split(1));
    IProfile self = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
    List<IInstallableUnit> features = repository.query(QueryUtil.createIUGroupQuery(), progress.split(1))
        .stream()
        .filter(unit -> self.available(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null).isEmpty())
        .sorted(Comparator.comparing(UpdateSiteInstaller::name))
        .toList();
    return new Offer(site, features);
  }

  /**
   * Resolves the features against the workbench and the site, then installs them.
   *
   * @return OK, or why the install could not be planned or carried out (with p2's details)
   */
  IStatus install(URI site, Collection<IInstallableUnit> features, IProgressMonitor monitor) {
    SubMonitor progress = SubMonitor.convert(monitor, "Installing", 10);
    InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), features);
    // Only the chosen site: nothing else is reachable, and nothing else should be consulted.
    operation.getProvisioningContext().setMetadataRepositories(site);
    operation.getProvisioningContext().setArtifactRepositories(site);
    IStatus resolution = operation.resolveModal(progress.split(3));
    if (resolution.getSeverity() == IStatus.ERROR || resolution.getSeverity() == IStatus.CANCEL) {
      String details = operation.getResolutionDetails();
      return new MultiStatus(UpdateSiteInstaller.class, 0, new IStatus[] {resolution},
          "The plug-ins cannot be installed" + (details == null ? "" : ": " + details), null);
    }
    ProvisioningJob job = operation.getProvisioningJob(progress.split(1));
    if (job == null) {
      return Status.error("p2 planned nothing to install");
    }
    return job.runModal(progress.split(6));
  }

  static String name(IInstallableUnit unit) {
    String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
    return name == null ? unit.getId() : name;
  }
}
