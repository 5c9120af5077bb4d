package org.constl.ui.internal;

import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** Help > Install Plugins from Update Site…: a third party's plug-ins, into this workbench. */
final class InstallFromSiteAction extends Action {

  static final String ID = "org.constl.ui.installFromSite";

  private final IWorkbenchWindow window;

  InstallFromSiteAction(IWorkbenchWindow window) {
    super("&Install Plugins from Update Site…");
    setId(ID);
    this.window = window;
  }

  @Override
  public void run() {
    UpdateSiteInstaller installer;
    try {
      installer = UpdateSiteInstaller.ofRunningWorkbench();
    } catch (ProvisionException e) {
      MessageDialog.openError(window.getShell(), "Plug-ins cannot be installed", e.getMessage());
      return;
    }
    new WizardDialog(window.getShell(), new InstallFromSiteWizard(installer)).open();
  }
}
