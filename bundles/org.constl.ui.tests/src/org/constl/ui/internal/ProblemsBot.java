package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constl.testing.ui.Ui;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** The Problems view as the user reads it: its groups and lines, and a double-click on one. */
final class ProblemsBot {

  private final Tree tree;
  private final Display display;

  ProblemsBot(IWorkbenchPage page) throws PartInitException {
    IViewPart view = page.showView(IPageLayout.ID_PROBLEM_VIEW);
    // The view publishes its tree viewer's selection: that viewer is the tree the user sees.
    tree = ((TreeViewer) view.getSite().getSelectionProvider()).getTree();
    display = tree.getDisplay();
  }

  /** The problems' descriptions, under their groups ("Errors", "Warnings") when grouped. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (TreeItem top : tree.getItems()) {
      expand(top);
      lines.add(top.getText(0));
      for (TreeItem item : top.getItems()) {
        lines.add(item.getText(0));
      }
    }
    return lines;
  }

  /** Opens a group as a click on its arrow does, so the viewer fills it. */
  private void expand(TreeItem group) {
    if (!group.getExpanded()) {
      Event event = new Event();
      event.item = group;
      tree.notifyListeners(SWT.Expand, event);
      group.setExpanded(true);
      Ui.process(display);
    }
  }

  Optional<TreeItem> line(String text) {
    for (TreeItem top : tree.getItems()) {
      if (top.getText(0).equals(text)) {
        return Optional.of(top);
      }
      for (TreeItem item : top.getItems()) {
        if (item.getText(0).equals(text)) {
          return Optional.of(item);
        }
      }
    }
    return Optional.empty();
  }

  void waitForLine(String text) {
    try {
      Ui.waitUntil(display, "the Problems view lists \"" + text + "\"", () -> {
        lines();
        return line(text).isPresent();
      });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; it shows " + lines(), e);
    }
  }

  /** Double-clicks the line. */
  void open(String text) {
    TreeItem item = line(text).orElseThrow(() -> new AssertionError("no problem \"" + text + "\": " + lines()));
    tree.setSelection(item);
    Ui.open(tree, item);
  }
}
