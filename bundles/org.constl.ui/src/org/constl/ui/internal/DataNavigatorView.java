package org.constl.ui.internal;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.storage.DataFolder;
import org.constl.ui.internal.NavigatorNode.Category;
import org.constl.ui.internal.NavigatorNode.Item;
import org.constl.ui.internal.NavigatorNode.Kind;
import org.constl.ui.internal.NavigatorNode.Table;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The curator's data: my databases with their tables, my variables, keywords and projects, kept
 * current as they change (here or on another device). It is also where a double-click in the
 * Problems view lands (the perspective's "Show In" target), to go to a finding's cell.
 */
public final class DataNavigatorView extends ViewPart implements ISetSelectionTarget {

  static final String ID = "org.constl.ui.views.data";

  private TreeViewer viewer;
  private NavigatorContent.Tree content;
  private NavigatorModel model;
  private NavigatorActions actions;
  private final AtomicBoolean refreshPending = new AtomicBoolean();
  /** The Properties view's pages showing our selection, refreshed with the tree. */
  private final List<PropertySheetPage> propertyPages = new ArrayList<>();

  @Override
  public void createPartControl(Composite parent) {
    GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
    Label location = new Label(parent, SWT.WRAP);
    DataFolder folder = Services.find(DataFolder.class);
    location.setText(folder == null ? "No data folder is open." : "Data folder: " + folder.path());
    location.setToolTipText("Change it in Window > Preferences > Constellation");
    GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).hint(100, SWT.DEFAULT).applyTo(location);

    viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
    content = new NavigatorContent.Tree();
    viewer.setContentProvider(content);
    viewer.setLabelProvider(new NavigatorContent.Labels(content));
    viewer.setUseHashlookup(true);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
    getSite().setSelectionProvider(viewer);

    actions = new NavigatorActions(this, () -> model);
    MenuManager menu = new MenuManager("#data");
    menu.setRemoveAllWhenShown(true);
    menu.addMenuListener(actions::fill);
    viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    getSite().registerContextMenu(menu, viewer);
    actions.register(getViewSite().getActionBars());
    viewer.addSelectionChangedListener(event -> actions.selectionChanged());
    viewer.addDoubleClickListener(event -> opened(event.getSelection()));
    actions.selectionChanged();

    connect(parent.getDisplay(), location);
    viewer.setInput(Arrays.stream(Kind.values()).map(Category::new).toList());
    viewer.expandToLevel(2);
  }

  /**
   * Follows the account's objects, if Constellation is there; else says why not under the data
   * folder's name (it says when no folder is open), in the words of the failure itself.
   */
  private void connect(Display display, Label location) {
    try {
      Constellation constellation = Services.find(Constellation.class);
      if (constellation == null) {
        // With a data folder open, the service is missing only because it failed to start.
        if (Services.find(DataFolder.class) != null) {
          cannotRead(location, "Constellation could not open this data folder: " + Services.startFailure(
              Constellation.class).orElse("see " + WorkbenchApplication.WORKBENCH_STATE_FOLDER + "/.metadata/.log in it."));
        }
        return;
      }
      model = new NavigatorModel(constellation, () -> refreshLater(display));
      content.model(model);
    } catch (ConstellationException | IllegalStateException e) {
      cannotRead(location, "Your data cannot be read: " + e.getMessage());
    }
  }

  private static void cannotRead(Label location, String why) {
    location.setText(location.getText() + "\n\n" + why);
  }

  /** Called off the UI thread by the model; many changes in a row make one refresh. */
  private void refreshLater(Display display) {
    if (refreshPending.compareAndSet(false, true) && !display.isDisposed()) {
      display.asyncExec(() -> {
        refreshPending.set(false);
        if (!viewer.getControl().isDisposed()) {
          viewer.refresh();
          propertyPages.removeIf(page -> page.getControl() != null && page.getControl().isDisposed());
          propertyPages.stream().filter(page -> page.getControl() != null).forEach(PropertySheetPage::refresh);
        }
      });
    }
  }

  private void opened(ISelection selection) {
    Object element = ((IStructuredSelection) selection).getFirstElement();
    if (element instanceof Table table) {
      actions.openTable(table);
    } else if (element instanceof Item item && item.kind() == Kind.VARIABLES) {
      actions.editVariable(item.id());
    } else if (element != null) {
      viewer.setExpandedState(element, !viewer.getExpandedState(element));
    }
  }

  /**
   * The Problems view's double-click on one of our findings: its markers are not on files, so the
   * IDE shows this view instead of an editor. The finding is the Problems view's selection.
   */
  @Override
  public void selectReveal(ISelection ignored) {
    ISelection problems = getSite().getPage().getSelection(IPageLayout.ID_PROBLEM_VIEW);
    if (problems instanceof IStructuredSelection markers) {
      for (Object element : markers) {
        IMarker marker = Adapters.adapt(element, IMarker.class);
        if (marker != null && FindingMarkers.reveal(getSite().getPage(), marker)) {
          return;
        }
      }
    }
  }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    if (adapter == IPropertySheetPage.class) {
      PropertySheetPage page = new PropertySheetPage();
      page.setPropertySourceProvider(new NodeProperties.Provider(() -> model, this::openTableRows));
      propertyPages.add(page);
      return adapter.cast(page);
    }
    return super.getAdapter(adapter);
  }

  /** The row count of a table open in an editor (counting a closed one would read all its rows). */
  private OptionalInt openTableRows(String tableId) {
    return FindingMarkers.openTables(getSite().getPage()).stream().filter(t -> t.tableId().equals(tableId))
        .findFirst().map(t -> OptionalInt.of(t.rows().size())).orElse(OptionalInt.empty());
  }

  TreeViewer viewer() {
    return viewer;
  }

  /** The Properties view's tree for our selection, for tests that read it; null before it shows. */
  Control propertiesControl() {
    return propertyPages.stream().map(PropertySheetPage::getControl).filter(c -> c != null && !c.isDisposed())
        .findFirst().orElse(null);
  }

  /** The tree, for tests that look at what the user sees. */
  Control viewerControl() {
    return viewer.getControl();
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  @Override
  public void dispose() {
    if (model != null) {
      model.close();
    }
    super.dispose();
  }
}
