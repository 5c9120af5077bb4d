package org.constl.ui.internal;

import java.util.List;
import org.constl.storage.DataFolder;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The curator's data: databases, variables, keywords and projects kept in the data folder. */
public final class DataNavigatorView extends ViewPart {

  static final String ID = "org.constl.ui.views.data";

  /** The kinds of objects a curator keeps, in the order the navigator lists them. */
  static final List<String> CATEGORIES = List.of("Databases", "Variables", "Keywords", "Projects");

  private TreeViewer viewer;

  @Override
  public void createPartControl(Composite parent) {
    GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
    Label location = new Label(parent, SWT.WRAP);
    DataFolder folder = Services.find(DataFolder.class);
    location.setText(folder == null ? "No data folder is open." : "Data folder: " + folder.path());
    location.setToolTipText("Change it in Window > Preferences > Constellation");
    GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(location);

    viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
    viewer.setContentProvider(new TreeContent());
    viewer.setLabelProvider(new LabelProvider());
    viewer.setInput(CATEGORIES);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
    getSite().setSelectionProvider(viewer);
  }

  /** The tree, for tests that look at what the user sees. */
  Control viewerControl() {
    return viewer.getControl();
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  /** The categories at the top level; their members arrive with the data model. */
  private static final class TreeContent extends ArrayContentProvider
      implements org.eclipse.jface.viewers.ITreeContentProvider {
    @Override
    public Object[] getChildren(Object parent) {
      return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
      return null;
    }

    @Override
    public boolean hasChildren(Object element) {
      return false;
    }
  }
}
