package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rows.TableRows;
import org.constl.ipld.IpldValue;
import org.constl.testing.ui.RainfallTable;
import org.constl.testing.ui.Ui;
import org.constl.ui.OpenTable;
import org.constl.ui.Theme;
import org.constl.ui.tables.CellSelection;
import org.constl.ui.tables.TableEditorInput;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Validation you can see": a rainfall reading above the 500 mm a variable allows shows in the
 * Problems view, a double-click there selects the cell in the table editor, and the line goes
 * when the value is fixed or the table closed.
 */
class FindingMarkersTest {

  private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  private final IWorkbenchPage page = window.getActivePage();
  private final Display display = window.getShell().getDisplay();

  @TempDir
  Path folder;
  private RainfallTable table;
  private IEditorPart editor;
  private OpenTable open;

  @BeforeEach
  void openTheTable() throws Exception {
    window.getShell().setBounds(0, 0, 1280, 800);
    table = new RainfallTable(folder.resolve("data"));
    editor = page.openEditor(table.input(), TableEditorInput.EDITOR_ID);
    open = Adapters.adapt(editor, OpenTable.class);
    assertNotNull(open, "the table editor offers its table to the workbench");
  }

  @AfterEach
  void closeIt() {
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(GeneralPreferencePage.THEMES.get(0), false);
    page.closeAllEditors(false);
    Ui.settle(display, 100);
    table.close();
  }

  @Test
  void aRuleViolationIsAProblemAndADoubleClickGoesToItsCell() throws Exception {
    TableRows rows = open.rows();
    rows.insert(reading("Montréal", 12));
    String tooMuch = rows.insert(reading("Québec", 900));
    Ui.waitUntil(display, "one marker for the one finding", () -> markers().size() == 1);

    IMarker marker = markers().get(0);
    assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
    assertEquals(tooMuch, marker.getAttribute(FindingMarkers.ROW_KEY, ""));
    assertEquals(RainfallTable.RAIN, marker.getAttribute(FindingMarkers.COLUMN_ID, ""));
    assertEquals(RainfallTable.AT_MOST_500, marker.getAttribute(FindingMarkers.RULE_ID, ""));
    String message = marker.getAttribute(IMarker.MESSAGE, "");
    assertEquals(rows.findings(tooMuch).get(0).message(), message);

    ProblemsBot problems = new ProblemsBot(page);
    problems.waitForLine(message);
    Ui.screenshot(window.getShell(), "problems-light");
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(Theme.DARK.id(), false);
    Ui.settle(display, 400);
    Ui.screenshot(window.getShell(), "problems-dark");
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(GeneralPreferencePage.THEMES.get(0), false);
    Ui.settle(display, 200);

    problems.open(message);
    Ui.waitUntil(display, "the editor is active with the cell selected", () -> page.getActiveEditor() == editor
        && editor.getSite().getSelectionProvider().getSelection() instanceof CellSelection cells
        && cells.rowKeys().equals(List.of(tooMuch)) && cells.columnIds().equals(List.of(RainfallTable.RAIN)));
    Ui.screenshot(window.getShell(), "problems-double-click");

    rows.update(tooMuch, Map.of(RainfallTable.RAIN, Optional.of(IpldValue.of(90))));
    Ui.waitUntil(display, "the fixed finding's marker is gone", () -> markers().isEmpty());
  }

  @Test
  void validatingIsAJobAndClosingTheTableRemovesItsProblems() throws Exception {
    open.rows().insertAll(List.of(reading("Montréal", 700), reading("Québec", 800)));
    Ui.waitUntil(display, "two markers", () -> markers().size() == 2);

    Job validation = ObjectJobs.validate(open);
    List<IStatus> results = new ArrayList<>();
    validation.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
      @Override
      public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
        results.add(event.getResult());
      }
    });
    validation.schedule();
    Ui.waitUntil(display, "the validation job ends", () -> !results.isEmpty());
    assertTrue(results.get(0).isOK(), results.get(0).toString());
    assertEquals("Rainfall: 2 findings", results.get(0).getMessage());
    assertEquals(2, markers().size());

    page.closeEditor(editor, false);
    Ui.waitUntil(display, "the closed table's markers are removed", () -> markers().isEmpty());
  }

  private static Map<String, IpldValue> reading(String station, int rain) {
    return Map.of(RainfallTable.STATION, IpldValue.of(station), RainfallTable.RAIN, IpldValue.of(rain));
  }

  /** Our markers of this table. */
  private List<IMarker> markers() {
    try {
      List<IMarker> ours = new ArrayList<>();
      for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(FindingMarkers.TYPE, false,
          IResource.DEPTH_ZERO)) {
        if (open.tableId().equals(marker.getAttribute(FindingMarkers.TABLE_ID, ""))) {
          ours.add(marker);
        }
      }
      return ours;
    } catch (CoreException e) {
      throw new AssertionError(e);
    }
  }
}
