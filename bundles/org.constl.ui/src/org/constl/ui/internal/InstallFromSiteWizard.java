package org.constl.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;

/** Installs the ticked features of a site, then offers to restart so that they load. */
final class InstallFromSiteWizard extends Wizard {

  static final String RESTART_NOW = "Restart Now";

  private final UpdateSiteInstaller installer;
  private InstallFromSitePage page;

  InstallFromSiteWizard(UpdateSiteInstaller installer) {
    this.installer = installer;
    setWindowTitle("Install Plugins from Update Site");
    setNeedsProgressMonitor(true);
  }

  @Override
  public void addPages() {
    page = new InstallFromSitePage(installer);
    addPage(page);
  }

  @Override
  public boolean performFinish() {
    URI site = page.site();
    List<IInstallableUnit> features = page.checked();
    IStatus[] result = new IStatus[1];
    try {
      getContainer().run(true, true, monitor -> result[0] = installer.install(site, features, monitor));
    } catch (InvocationTargetException e) {
      page.setErrorMessage("The install failed: " + e.getCause());
      return false;
    } catch (InterruptedException e) {
      page.setErrorMessage("The install was cancelled.");
      return false;
    }
    if (!result[0].isOK() && result[0].getSeverity() != IStatus.INFO) {
      ILog.of(getClass()).log(result[0]);
      page.setErrorMessage(message(result[0]));
      return false;
    }
    boolean restart = MessageDialog.open(MessageDialog.QUESTION, getShell(), "Restart Constellation",
        "The plug-ins are installed. They are available after Constellation restarts. Restart now?",
        SWT.NONE, RESTART_NOW, "Later") == 0;
    if (restart) {
      getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
    }
    return true;
  }

  /** The status and what it contains: p2 puts the useful part in the children and exceptions. */
  static String message(IStatus status) {
    Set<String> lines = new LinkedHashSet<>();
    collect(status, lines);
    return String.join("\n", lines);
  }

  private static void collect(IStatus status, Set<String> lines) {
    lines.add(status.getMessage());
    for (Throwable cause = status.getException(); cause != null; cause = cause.getCause()) {
      lines.add(String.valueOf(cause.getMessage()));
    }
    for (IStatus child : status.getChildren()) {
      collect(child, lines);
    }
  }
}
