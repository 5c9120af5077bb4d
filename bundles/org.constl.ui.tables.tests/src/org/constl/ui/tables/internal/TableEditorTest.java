package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.SortKey;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.testing.ui.RainfallTable;
import org.constl.testing.ui.Ui;
import org.constl.ui.DomainViews;
import org.constl.ui.SelectedColumn;
import org.constl.ui.tables.CellSelection;
import org.constl.ui.tables.TableEditorInput;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table editor as a curator uses it, in a real workbench; each test ends with a screenshot. */
class TableEditorTest {

  private static final int STATION = 0;
  private static final int DATE = 1;
  private static final int RAIN = 2;

  private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  private final IWorkbenchPage page = window.getActivePage();
  private final Display display = window.getShell().getDisplay();
  private final IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();

  @TempDir
  Path folder;
  private RainfallTable table;
  private TableEditor editor;
  private NatTable grid;

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
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme("org.constl.ui.theme.light", false);
    page.closeAllEditors(false);
    Ui.settle(display, 100);
    table.close();
  }

  @Test
  void typedCellsAreStoredByTheirColumnsCategoryAndAWrongOneSaysWhy() throws Exception {
    assertEquals("station (text)", grid.getDataValueByPosition(1, 0));
    assertEquals("pluie (number)", grid.getDataValueByPosition(3, 0));

    editor.insertRow();
    Ui.waitUntil(display, "a row is added", () -> rows().size() == 1);
    typeInto(0, STATION, "Montréal");
    typeInto(0, RAIN, "12,5");
    typeInto(0, DATE, "2024-05-31");
    Ui.waitUntil(display, "the three cells are stored", () -> rows().row(0).cells().size() == 3);
    Map<String, IpldValue> cells = rows().row(0).cells();
    assertEquals(IpldValue.of("Montréal"), cells.get(RainfallTable.STATION));
    assertEquals(IpldValue.of(12.5), cells.get(RainfallTable.RAIN));
    assertEquals(IpldValue.of("2024-05-31T00:00:00.000Z"), cells.get(RainfallTable.DATE).asMap().get("val"));
    Ui.waitUntil(display, "the grid shows the number as JS prints it", () -> "12.5".equals(body(0, RAIN)));

    typeInto(0, RAIN, "beaucoup");
    Ui.waitUntil(display, "the reason is shown", () -> editor.statusText().contains("'beaucoup' is not a number"));
    assertTrue(grid.getActiveCellEditor() != null && !grid.getActiveCellEditor().isClosed(),
        "a refused text must stay in the editor to be corrected");
    Ui.screenshot(window.getShell(), "table-typed-rows");
    Ui.press(grid.getActiveCellEditor().getEditorControl(), 0, SWT.ESC);
    assertEquals(IpldValue.of(12.5), rows().row(0).cells().get(RainfallTable.RAIN));
  }

  @Test
  void clickingAHeaderSortsAndTheBoxFilters() throws Exception {
    rows().insertAll(List.of(row("B", 30), row("A", 10), row("C", 20), row("A", 40)));
    Ui.waitUntil(display, "the grid shows the 4 rows", () -> grid.getRowCount() == 5);

    Ui.click(grid, cellCentre(0, RAIN + 1));
    Ui.waitUntil(display, "sorted by rain, ascending",
        () -> List.of(new SortKey(RainfallTable.RAIN, true)).equals(rows().sortKeys()) && "10".equals(body(0, RAIN)));
    assertEquals(List.of("10", "20", "30", "40"), List.of(body(0, RAIN), body(1, RAIN), body(2, RAIN), body(3, RAIN)));
    assertTrue(grid.getDataValueByPosition(RAIN + 1, 0).toString().endsWith("▲"));
    // The click also selected the column: a chart bound to the selection follows it.
    CellSelection column = assertInstanceOf(CellSelection.class, editor.getSite().getSelectionProvider().getSelection());
    assertEquals(List.of(RainfallTable.RAIN), column.columnIds());
    assertTrue(column.wholeColumns());
    SelectedColumn chartable = DomainViews.selectedColumn(column).orElseThrow();
    assertEquals(RainfallTable.RAIN, chartable.columnId());
    assertEquals("pluie (number)", chartable.label(), chartable.getClass().getName());
    assertEquals(Optional.of(VariableCategory.simple(BaseCategory.NUMBER)), chartable.category());
    assertEquals(4, chartable.size());
    assertEquals(List.of(IpldValue.of(10), IpldValue.of(20), IpldValue.of(30), IpldValue.of(40)), chartable.values(0, 10));
    Ui.screenshot(window.getShell(), "table-sorted");

    Ui.click(grid, cellCentre(0, RAIN + 1));
    Ui.waitUntil(display, "sorted descending", () -> "40".equals(body(0, RAIN)));

    // Freezing keeps the columns up to the selected one in view.
    select(0, DATE);
    editor.freezeColumns();
    assertFalse(grid.getConfigLabelsByPosition(DATE + 1, 1).hasLabel("NONFROZEN_REGION"),
        grid.getConfigLabelsByPosition(DATE + 1, 1).toString());
    assertTrue(grid.getConfigLabelsByPosition(RAIN + 1, 1).hasLabel("NONFROZEN_REGION"));

    editor.filterBox().setText("a");
    Ui.waitUntil(display, "only the rows of station A", () -> grid.getRowCount() == 3);
    assertEquals(List.of("A", "A"), List.of(body(0, STATION), body(1, STATION)));
    assertTrue(editor.statusText().startsWith("2 rows (filtered)"), editor.statusText());
    Ui.screenshot(window.getShell(), "table-filtered");
  }

  @Test
  void aRuleViolationIsMarkedAndItsReasonShowsOnHover() throws Exception {
    rows().insertAll(List.of(row("A", 600), row("B", 20)));
    Ui.waitUntil(display, "one finding", () -> rows().findingCount() == 1 && grid.getRowCount() == 3);
    int bad = "600".equals(body(0, RAIN)) ? 0 : 1;
    assertTrue(grid.getConfigLabelsByPosition(RAIN + 1, bad + 1).hasLabel(FindingStyle.LABEL));
    assertFalse(grid.getConfigLabelsByPosition(RAIN + 1, 1 - bad + 1).hasLabel(FindingStyle.LABEL));
    assertFalse(grid.getConfigLabelsByPosition(STATION + 1, bad + 1).hasLabel(FindingStyle.LABEL));
    // Drawn pale red inside, whatever the theme.
    assertEquals(new RGB(255, 221, 221), pixel(bad + 1, RAIN + 1));

    Ui.moveMouse(display, centre(bad + 1, RAIN + 1));
    Ui.waitUntil(display, "the tooltip with the rule's reason", () -> tooltipText().contains("pluie-max"));
    Ui.screenshot(window.getShell(), "table-rule-violation");

    IThemeEngine themes = PlatformUI.getWorkbench().getService(IThemeEngine.class);
    themes.setTheme("org.constl.ui.theme.dark", false);
    Ui.settle(display, 400);
    assertEquals(new RGB(255, 221, 221), pixel(bad + 1, RAIN + 1));
    Ui.screenshot(window.getShell(), "table-rule-violation-dark");
    themes.setTheme("org.constl.ui.theme.highcontrast", false);
    Ui.settle(display, 400);
    Ui.screenshot(window.getShell(), "table-rule-violation-high-contrast");
  }

  @Test
  void undoAndRedoWriteThePreviousValuesBack() throws Exception {
    editor.insertRow();
    Ui.waitUntil(display, "a row", () -> rows().size() == 1);
    typeInto(0, RAIN, "12");
    Ui.waitUntil(display, "12 stored", () -> IpldValue.of(12).equals(rows().row(0).cells().get(RainfallTable.RAIN)));
    typeInto(0, RAIN, "15");
    Ui.waitUntil(display, "15 stored", () -> IpldValue.of(15).equals(rows().row(0).cells().get(RainfallTable.RAIN)));

    select(0, RAIN);
    Ui.press(grid, SWT.CTRL, 'z');
    assertTrue(grid.getActiveCellEditor() == null || grid.getActiveCellEditor().isClosed(),
        "Ctrl+Z must not open a cell editor");
    Ui.waitUntil(display, "Ctrl+Z puts 12 back", () -> IpldValue.of(12).equals(rows().row(0).cells().get(RainfallTable.RAIN)));
    Ui.waitUntil(display, "the grid shows it", () -> "12".equals(body(0, RAIN)));
    Ui.screenshot(window.getShell(), "table-undo");

    assertTrue(history.canRedo(editor.undoContext()));
    history.redo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "redo puts 15 back", () -> "15".equals(body(0, RAIN)));

    // Deleting a row and undoing it brings its cells back.
    grid.doCommand(new SelectCellCommand(grid, RAIN + 1, 1, false, false));
    editor.deleteSelectedRows();
    Ui.waitUntil(display, "the row is deleted", () -> rows().size() == 0);
    history.undo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "the row is back", () -> rows().size() == 1 && "15".equals(body(0, RAIN)));
    Ui.screenshot(window.getShell(), "table-redo");
  }

  @Test
  void aTsvBlockFromASpreadsheetIsPastedOverCellsAndAsNewRows() throws Exception {
    editor.insertRow();
    Ui.waitUntil(display, "a row", () -> rows().size() == 1);
    // As LibreOffice puts two rows on the clipboard, one cell with a line break in it.
    putText("\"Saint-Jean\nsur-Richelieu\"\t2024-05-01\t3,5\nLaval\t2024-05-02\t7\n");
    select(0, STATION);
    Ui.press(grid, SWT.CTRL, 'v');
    Ui.waitUntil(display, "the second row is added", () -> rows().size() == 2 && grid.getRowCount() == 3);
    assertEquals(IpldValue.of("Saint-Jean\nsur-Richelieu"), rows().row(0).cells().get(RainfallTable.STATION));
    assertEquals(IpldValue.of(3.5), rows().row(0).cells().get(RainfallTable.RAIN));
    assertEquals(IpldValue.of(7), rows().row(1).cells().get(RainfallTable.RAIN));
    assertEquals("Saint-Jean\nsur-Richelieu", body(0, STATION), "the editor and copy get the line break");
    Ui.screenshot(window.getShell(), "table-pasted");

    // A header row names the columns, in any order.
    putText("pluie\tstation\n8\tGatineau\n");
    Ui.press(grid, SWT.CTRL | SWT.SHIFT, 'v');
    Ui.waitUntil(display, "a third row", () -> rows().size() == 3);
    assertEquals(Optional.of(IpldValue.of(8)), rows().rows(0, 3).stream()
        .filter(r -> IpldValue.of("Gatineau").equals(r.cells().get(RainfallTable.STATION)))
        .map(r -> r.cells().get(RainfallTable.RAIN)).findFirst());

    // Copy gives the spreadsheet's text back.
    grid.doCommand(new SelectCellCommand(grid, STATION + 1, 1, false, false));
    grid.doCommand(new SelectCellCommand(grid, RAIN + 1, 2, true, false));
    Ui.press(grid, SWT.CTRL, 'c');
    String copied = (String) new Clipboard(display).getContents(TextTransfer.getInstance());
    assertEquals("\"Saint-Jean\nsur-Richelieu\"\t2024-05-01\t3.5\nLaval\t2024-05-02\t7\n", copied);
    CellSelection cells = assertInstanceOf(CellSelection.class, editor.getSite().getSelectionProvider().getSelection());
    assertEquals(List.of(rows().row(0).key(), rows().row(1).key()), cells.rowKeys());
    assertEquals(List.of(RainfallTable.STATION, RainfallTable.DATE, RainfallTable.RAIN), cells.columnIds());
    assertFalse(cells.wholeColumns());

    // Delete empties the selected cells, in one undoable step.
    select(1, RAIN);
    Ui.press(grid, 0, SWT.DEL);
    Ui.waitUntil(display, "the cell is emptied", () -> !rows().row(1).cells().containsKey(RainfallTable.RAIN));
    history.undo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "undo puts it back", () -> IpldValue.of(7).equals(rows().row(1).cells().get(RainfallTable.RAIN)));
  }

  // --- helpers ------------------------------------------------------------------------------

  private TableRows rows() {
    return table.rows();
  }

  private static Map<String, IpldValue> row(String station, int rain) {
    return Map.of(RainfallTable.STATION, IpldValue.of(station), RainfallTable.RAIN, IpldValue.of(rain));
  }

  private String body(int row, int column) {
    return String.valueOf(grid.getDataValueByPosition(column + 1, row + 1));
  }

  private void select(int row, int column) {
    // A cell editor closes when its field loses the focus: the editor must be the active part
    // (the Data view takes the activation when its tree fills) and the grid must have the focus.
    page.activate(editor);
    grid.forceFocus();
    Ui.settle(display, 50);
    grid.doCommand(new SelectCellCommand(grid, column + 1, row + 1, false, false));
    Ui.settle(display, 50);
  }

  /**
   * Selects the cell, opens its editor as F2 or a typed character does, types the text and
   * presses Enter. Under Xvfb no window has the keyboard focus, and a cell editor closes when it
   * loses it (to a view the workbench activates meanwhile): opening is tried again, a few times.
   */
  private void typeInto(int row, int column, String text) {
    for (int attempt = 0; attempt < 5; attempt++) {
      select(row, column);
      grid.doCommand(new EditCellCommand(grid, grid.getConfigRegistry(), grid.getCellByPosition(column + 1, row + 1)));
      ICellEditor open = grid.getActiveCellEditor();
      if (open != null && !open.isClosed() && open.getEditorControl() instanceof Text field) {
        field.setText(text);
        Ui.press(field, 0, SWT.CR);
        Ui.settle(display, 100);
        return;
      }
      Ui.settle(display, 200);
    }
    throw new AssertionError("the editor of cell (" + row + ", " + column + ") does not stay open");
  }

  /** The middle of the cell at grid position (row, column), on the display. */
  private Point centre(int gridRow, int gridColumn) {
    Point inGrid = cellCentre(gridRow, gridColumn);
    return grid.toDisplay(inGrid.x, inGrid.y);
  }

  /** The middle of the cell at grid position (row, column), in the grid. */
  private Point cellCentre(int gridRow, int gridColumn) {
    return new Point(grid.getStartXOfColumnPosition(gridColumn) + grid.getColumnWidthByPosition(gridColumn) / 2,
        grid.getStartYOfRowPosition(gridRow) + grid.getRowHeightByPosition(gridRow) / 2);
  }

  /** The colour drawn near the right end of a cell, away from its centred text and its frame. */
  private RGB pixel(int gridRow, int gridColumn) {
    int x = grid.getStartXOfColumnPosition(gridColumn) + grid.getColumnWidthByPosition(gridColumn) - 8;
    int y = grid.getStartYOfRowPosition(gridRow) + grid.getRowHeightByPosition(gridRow) / 2;
    Point onDisplay = grid.toDisplay(x, y);
    Ui.settle(display, 100);
    Image image = new Image(display, 1, 1);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, onDisplay.x, onDisplay.y);
      ImageData data = image.getImageData();
      return data.palette.getRGB(data.getPixel(0, 0));
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  private void putText(String text) {
    Clipboard clipboard = new Clipboard(display);
    clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
    clipboard.dispose();
  }

  /** The text of the visible tooltip, if one shows. */
  private String tooltipText() {
    StringBuilder text = new StringBuilder();
    for (Shell shell : display.getShells()) {
      if (shell != window.getShell() && shell.isVisible()) {
        collectText(shell, text);
      }
    }
    return text.toString();
  }

  private static void collectText(Control control, StringBuilder text) {
    if (control instanceof CLabel label && label.getText() != null) {
      text.append(label.getText());
    } else if (control instanceof Label label) {
      text.append(label.getText());
    }
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        collectText(child, text);
      }
    }
  }
}
