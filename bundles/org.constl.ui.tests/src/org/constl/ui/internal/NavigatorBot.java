package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.constl.testing.ui.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** The data navigator as the user sees and drives it: its tree's labels, its context menu, keys. */
final class NavigatorBot {

  private final DataNavigatorView view;
  private final Tree tree;
  private final Display display;

  NavigatorBot(IWorkbenchPage page) throws PartInitException {
    view = (DataNavigatorView) page.showView(DataNavigatorView.ID);
    tree = (Tree) view.viewerControl();
    display = tree.getDisplay();
  }

  DataNavigatorView view() {
    return view;
  }

  /** The labels under a category or object, as shown (expanding it). */
  List<String> children(String... path) {
    TreeItem item = find(path).orElseThrow(() -> new AssertionError("not in the navigator: " + List.of(path)));
    expand(item);
    return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
  }

  /** Whether the path is shown, expanding along it. */
  boolean shows(String... path) {
    return find(path).isPresent();
  }

  /** Waits for the path to show, e.g. after a write the model hears of asynchronously. */
  void waitFor(String... path) {
    Ui.waitUntil(display, "the navigator shows " + List.of(path), () -> shows(path));
  }

  void waitUntilGone(String... path) {
    Ui.waitUntil(display, "the navigator no longer shows " + List.of(path), () -> !shows(path));
  }

  /** Selects the item, as a click on it does (which also makes the view the active part). */
  NavigatorBot select(String... path) {
    view.getSite().getPage().activate(view);
    TreeItem item = find(path).orElseThrow(() -> new AssertionError("not in the navigator: " + List.of(path)));
    tree.setSelection(item);
    Event event = new Event();
    event.item = item;
    tree.notifyListeners(SWT.Selection, event);
    Ui.process(display);
    return this;
  }

  /** A double-click on the item. */
  void open(String... path) {
    select(path);
    Ui.open(tree, find(path).orElseThrow());
  }

  /** Presses a key in the tree, e.g. {@code SWT.F2} or {@code SWT.DEL}. */
  void press(int key) {
    tree.setFocus();
    Ui.press(tree, key);
  }

  /** Runs an item of the context menu, e.g. {@code menu("New", "Database...")}. */
  void menu(String... labels) {
    Menu menu = tree.getMenu();
    for (int level = 0; level < labels.length; level++) {
      menu.notifyListeners(SWT.Show, new Event());
      MenuItem item = item(menu, labels[level]);
      if (level == labels.length - 1) {
        if (!item.isEnabled()) {
          throw new AssertionError("\"" + labels[level] + "\" is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
      } else {
        menu = item.getMenu();
      }
    }
    Ui.process(display);
  }

  /** The value the Properties view shows for a property of the selection, or null. */
  String property(String name) {
    return view.propertiesControl() instanceof Tree properties ? value(properties.getItems(), name) : null;
  }

  private static String value(TreeItem[] items, String name) {
    for (TreeItem item : items) {
      if (item.getText(0).equals(name)) {
        return item.getText(1);
      }
      item.setExpanded(true);
      String inside = value(item.getItems(), name);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  /** The labels of the context menu, as shown. */
  List<String> menuLabels() {
    Menu menu = tree.getMenu();
    menu.notifyListeners(SWT.Show, new Event());
    List<String> labels = new ArrayList<>();
    for (MenuItem item : menu.getItems()) {
      if ((item.getStyle() & SWT.SEPARATOR) == 0) {
        labels.add(plain(item.getText()));
      }
    }
    menu.notifyListeners(SWT.Hide, new Event());
    return labels;
  }

  private static MenuItem item(Menu menu, String label) {
    for (MenuItem item : menu.getItems()) {
      if (plain(item.getText()).equals(label)) {
        return item;
      }
    }
    throw new AssertionError("no \"" + label + "\" in the menu: "
        + Arrays.stream(menu.getItems()).map(i -> plain(i.getText())).toList());
  }

  /** A menu label without its mnemonic and key. */
  private static String plain(String text) {
    return text.replace("&", "").split("\t")[0];
  }

  /** The item along the path of labels; a label matches an item whose text starts with it. */
  private Optional<TreeItem> find(String... path) {
    Ui.process(display);
    TreeItem[] level = tree.getItems();
    TreeItem found = null;
    for (String label : path) {
      found = null;
      for (TreeItem item : level) {
        if (item.getText().startsWith(label)) {
          found = item;
          break;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      expand(found);
      level = found.getItems();
    }
    return Optional.ofNullable(found);
  }

  /** Expands at once (the viewer makes the children now); no events run meanwhile, so no refresh. */
  private void expand(TreeItem item) {
    if (!item.getExpanded()) {
      view.viewer().setExpandedState(item.getData(), true);
    }
  }
}
