package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constl.testing.ui.RainfallTable;
import org.constl.testing.ui.Ui;
import org.constl.ui.Theme;
import org.constl.ui.tables.TableEditorInput;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the table editor's tests start from: a {@link RainfallTable} of the test's own, open and
 * active in the table editor of the real workbench; closed, in the light theme again, after each test.
 */
abstract class RainfallEditorFixture {

  final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  final IWorkbenchPage page = window.getActivePage();
  final Display display = window.getShell().getDisplay();
  final IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();

  @TempDir
  Path folder;
  RainfallTable table;
  TableEditor editor;
  NatTable grid;

  @BeforeEach
  void openTheTable() throws Exception {
    window.getShell().setBounds(0, 0, 1400, 900);
    table = new RainfallTable(folder.resolve("data"));
    editor = assertInstanceOf(TableEditor.class, page.openEditor(table.input(), TableEditorInput.EDITOR_ID));
    grid = editor.grid();
    window.getShell().forceActive();
    Ui.waitUntil(display, "the editor is the active part", () -> page.getActivePart() == editor);
    Ui.settle(display, 300);
  }

  @AfterEach
  void closeIt() {
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(Theme.LIGHT.id(), false);
    page.closeAllEditors(false);
    Ui.settle(display, 100);
    table.close();
  }

  /** The shells shown over the workbench window: tooltips, or a dialog. */
  List<Shell> tooltips() {
    List<Shell> shells = new ArrayList<>();
    for (Shell shell : display.getShells()) {
      if (shell != window.getShell() && shell.isVisible()) {
        shells.add(shell);
      }
    }
    return shells;
  }

  /** The text of the visible tooltips, a line a label. */
  String tooltipText() {
    StringBuilder text = new StringBuilder();
    for (Shell shell : tooltips()) {
      List<Control> controls = new ArrayList<>();
      collect(shell, Control.class, controls);
      for (Control control : controls) {
        if (control instanceof CLabel label && label.getText() != null) {
          text.append(label.getText()).append('\n');
        } else if (control instanceof Label label) {
          text.append(label.getText()).append('\n');
        }
      }
    }
    return text.toString();
  }

  /** The controls of a type under a control, itself included, in tree order. */
  static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
    if (type.isInstance(control)) {
      found.add(type.cast(control));
    }
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        collect(child, type, found);
      }
    }
  }
}
