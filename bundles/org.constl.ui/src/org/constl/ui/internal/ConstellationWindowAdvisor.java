package org.constl.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: its title, size and bars. */
final class ConstellationWindowAdvisor extends WorkbenchWindowAdvisor {

  static final String TITLE = "Constellation";

  /** The Problems view's findings of the tables open in this window. */
  private final FindingMarkers findings = new FindingMarkers();

  ConstellationWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    super(configurer);
  }

  @Override
  public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
    return new ConstellationActionBarAdvisor(configurer);
  }

  @Override
  public void preWindowOpen() {
    IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
    configurer.setInitialSize(new Point(1280, 800));
    configurer.setShowCoolBar(false);
    configurer.setShowStatusLine(true);
    configurer.setShowProgressIndicator(true);
    configurer.setTitle(TITLE);
  }

  @Override
  public void postWindowOpen() {
    getWindowConfigurer().getWindow().getPartService().addPartListener(findings);
  }

  @Override
  public void postWindowClose() {
    findings.closeAll();
  }
}
