package org.constl.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** The workbench's lifecycle: which perspective, what to keep between sessions. */
final class ConstellationWorkbenchAdvisor extends WorkbenchAdvisor {

  static final String PERSPECTIVE_ID = "org.constl.ui.perspective.curation";

  @Override
  public void initialize(IWorkbenchConfigurer configurer) {
    configurer.setSaveAndRestore(true);
    // The Problems and Properties views come from the IDE layer and need its adapters.
    IDE.registerAdapters();
  }

  @Override
  public String getInitialWindowPerspectiveId() {
    return PERSPECTIVE_ID;
  }

  @Override
  public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    return new ConstellationWindowAdvisor(configurer);
  }

  @Override
  public void postShutdown() {
    // The Problems view keeps its markers in Eclipse's workspace; saving it avoids a slow
    // recovery on the next start.
    try {
      ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
    } catch (CoreException e) {
      ILog.of(getClass()).log(e.getStatus());
    }
  }
}
