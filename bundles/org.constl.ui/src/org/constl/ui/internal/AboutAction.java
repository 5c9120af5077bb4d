package org.constl.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;

/** Help &gt; About Constellation. */
final class AboutAction extends Action {

  static final String ID = "org.constl.ui.about";

  private final IWorkbenchWindow window;

  AboutAction(IWorkbenchWindow window) {
    super("&About Constellation");
    setId(ID);
    this.window = window;
  }

  @Override
  public void run() {
    new AboutDialog(window.getShell()).open();
  }
}
