package org.constl.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The curator's layout: the data on the left, editors in the middle, properties on the right and
 * what the workbench reports (problems, progress, network) at the bottom.
 */
public final class CurationPerspective implements IPerspectiveFactory {

  static final String DATA_VIEW = "org.constl.ui.views.data";
  static final String NETWORK_VIEW = "org.constl.ui.views.network";

  @Override
  public void createInitialLayout(IPageLayout layout) {
    String editors = layout.getEditorArea();
    layout.setEditorAreaVisible(true);
    layout.addView(DATA_VIEW, IPageLayout.LEFT, 0.22f, editors);
    layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.74f, editors);
    IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
    bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
    bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
    bottom.addView(NETWORK_VIEW);
    layout.addShowViewShortcut(DATA_VIEW);
    layout.addShowViewShortcut(NETWORK_VIEW);
    layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
    layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    // What the empty editor area says; without it the workbench draws an empty frame there.
    layout.setEditorOnboardingImageUri("platform:/plugin/org.constl.ui/icons/constellation-48.png");
    layout.setEditorOnboardingText("Open a table by double-clicking it in the Data view.\n"
        + "Right-click there to create a database, a table or a variable.");
  }
}
