package org.constl.ui.internal;

import java.net.URL;
import java.util.Map;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/** The workbench's lifecycle: which perspective, what to keep between sessions. */
final class ConstellationWorkbenchAdvisor extends WorkbenchAdvisor {

  static final String PERSPECTIVE_ID = "org.constl.ui.perspective.curation";

  @Override
  public void initialize(IWorkbenchConfigurer configurer) {
    configurer.setSaveAndRestore(true);
    // The Problems and Properties views come from the IDE layer and need its adapters.
    IDE.registerAdapters();
    declareMarkerImages(configurer);
    EnablementStyles.install(configurer.getWorkbench().getDisplay());
  }

  /**
   * The images the Problems view asks the workbench for. The IDE application declares them; an
   * RCP application must, or the view shows no error and warning icons. The keys are those of
   * the IDE's internal image registry ({@code IDEInternalWorkbenchImages}).
   */
  private static void declareMarkerImages(IWorkbenchConfigurer configurer) {
    Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
    if (ide == null) {
      return;
    }
    IDE_IMAGES.forEach((key, path) -> {
      URL url = FileLocator.find(ide, new Path(path));
      if (url != null) {
        configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
      }
    });
  }

  /** The IDE's image keys and the files in org.eclipse.ui.ide that the Problems view uses. */
  private static final Map<String, String> IDE_IMAGES = Map.of(
      "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png",
      "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png",
      "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png",
      "IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.png",
      "IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.png",
      "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.png",
      "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.png",
      "IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.png");

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
