package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.SortKey;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.testing.ui.RainfallTable;
import org.constl.testing.ui.Ui;
import org.constl.ui.DomainViews;
import org.constl.ui.SelectedColumn;
import org.constl.ui.Theme;
import org.constl.ui.tables.CellSelection;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The table editor as a curator uses it, in a real workbench; each test ends with a screenshot. */
class TableEditorTest extends RainfallEditorFixture {

  private static final int STATION = 0;
  private static final int DATE = 1;
  private static final int RAIN = 2;

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

    // A Shift-click adds a key: by station, then by rain descending within a station.
    Ui.click(grid, cellCentre(0, STATION + 1));
    Ui.waitUntil(display, "sorted by station", () -> List.of(new SortKey(RainfallTable.STATION, true)).equals(rows().sortKeys()));
    Ui.click(grid, cellCentre(0, RAIN + 1), SWT.SHIFT);
    Ui.waitUntil(display, "sorted by station, then rain",
        () -> List.of(new SortKey(RainfallTable.STATION, true), new SortKey(RainfallTable.RAIN, true)).equals(rows().sortKeys()));
    Ui.click(grid, cellCentre(0, RAIN + 1), SWT.SHIFT);
    Ui.waitUntil(display, "sorted by station, then rain descending",
        () -> List.of(new SortKey(RainfallTable.STATION, true), new SortKey(RainfallTable.RAIN, false)).equals(rows().sortKeys())
            && "40".equals(body(0, RAIN)));
    assertEquals(List.of("40", "10", "30", "20"), List.of(body(0, RAIN), body(1, RAIN), body(2, RAIN), body(3, RAIN)));
    assertTrue(grid.getDataValueByPosition(RAIN + 1, 0).toString().endsWith("▼2"));

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
    // Drawn pale red inside, in the light theme.
    assertEquals(new RGB(255, 221, 221), pixel(bad + 1, RAIN + 1));

    Ui.moveMouse(display, centre(bad + 1, RAIN + 1));
    Ui.waitUntil(display, "the tooltip with the rule's reason", () -> tooltipText().contains("pluie-max"));
    Ui.screenshot(window.getShell(), "table-rule-violation");

    IThemeEngine themes = PlatformUI.getWorkbench().getService(IThemeEngine.class);
    themes.setTheme(Theme.DARK.id(), false);
    Ui.settle(display, 400);
    // The theme's own mark (GridThemeTest measures how readable it is).
    assertEquals(GridTheme.DARK.finding().getRGB(), pixel(bad + 1, RAIN + 1));
    Ui.screenshot(window.getShell(), "table-rule-violation-dark");
    themes.setTheme(Theme.HIGH_CONTRAST.id(), false);
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
    Ui.waitUntil(display, "the row is deleted", () -> rows().size() == 0 && editsDone());
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
    Ui.waitUntil(display, "the second row is added", () -> rows().size() == 2 && grid.getRowCount() == 3 && editsDone());
    assertEquals(IpldValue.of("Saint-Jean\nsur-Richelieu"), rows().row(0).cells().get(RainfallTable.STATION));
    assertEquals(IpldValue.of(3.5), rows().row(0).cells().get(RainfallTable.RAIN));
    assertEquals(IpldValue.of(7), rows().row(1).cells().get(RainfallTable.RAIN));
    assertEquals("Saint-Jean\nsur-Richelieu", body(0, STATION), "the editor and copy get the line break");
    Ui.screenshot(window.getShell(), "table-pasted");

    // A header row names the columns, in any order.
    putText("pluie\tstation\n8\tGatineau\n");
    Ui.press(grid, SWT.CTRL | SWT.SHIFT, 'v');
    Ui.waitUntil(display, "a third row, shown", () -> rows().size() == 3 && grid.getRowCount() == 4 && editsDone());
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
    Ui.waitUntil(display, "the cell is emptied", () -> !rows().row(1).cells().containsKey(RainfallTable.RAIN) && editsDone());
    history.undo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "undo puts it back", () -> IpldValue.of(7).equals(rows().row(1).cells().get(RainfallTable.RAIN)));
  }

  @Test
  void aPasteOfManyRowsIsAJobWithProgressAndCancelKeepsWhatItWroteAsOneUndoableEdit() throws Exception {
    int blockRows = 50_000;
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < blockRows; i++) {
      block.append("S-").append(i % 97).append('\t').append("2024-05-01\t").append(i % 400).append('\n');
    }
    putText(block.toString());
    select(0, STATION);
    Ui.press(grid, SWT.CTRL | SWT.SHIFT, 'v');
    Job[] pastes = Job.getJobManager().find(editor.undoContext());
    assertEquals(1, pastes.length, "the paste is a job of the editor");
    assertTrue(rows().size() < blockRows, "the UI thread must be back before the rows are written");

    Ui.waitUntil(display, "the first rows are written", () -> rows().size() > 0);
    // The progress shows in the status line and in the Progress view, where the user cancels it.
    page.showView(IPageLayout.ID_PROGRESS_VIEW);
    ToolItem[] cancel = new ToolItem[1];
    Ui.waitUntil(display, "the paste in the Progress view, with its cancel button",
        () -> (cancel[0] = toolItem(window.getShell(), "Cancel Operation")) != null);
    Ui.waitUntil(display, "the grid shows some of the rows", () -> grid.getRowCount() > 1);
    Ui.screenshot(window.getShell(), "table-paste-progress");
    cancel[0].notifyListeners(SWT.Selection, new Event());
    Ui.waitUntil(display, "the paste job ends", () -> pastes[0].getState() == Job.NONE);
    Ui.settle(display, 200);

    int written = rows().size();
    assertTrue(written > 0 && written < blockRows, written + " rows written");
    assertEquals(0, written % RowEditOperation.ROWS_PER_WRITE, "a batch is written whole or not at all");
    String count = String.format(Locale.ROOT, "%,d", written);
    Ui.waitUntil(display, "the editor says how far it went", () -> editor.statusText()
        .contains("Paste cancelled: " + count + " of 50,000 rows were written; Undo takes the paste back"));
    assertEquals(IpldValue.of("S-0"), rows().row(0).cells().get(RainfallTable.STATION));
    assertEquals("Paste as new rows (" + count + " of 50,000 rows)", history.getUndoOperation(editor.undoContext()).getLabel());
    Ui.waitUntil(display, "the editor shows the written rows", () -> editor.statusText().startsWith(String.format(Locale.ROOT, "%,d rows", written)));
    Ui.screenshot(window.getShell(), "table-paste-cancelled");

    history.undo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "one undo removes every written row", () -> rows().size() == 0
        && editor.statusText().startsWith("0 rows"));
    history.redo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "redo writes them again", () -> rows().size() == written);
    assertEquals(IpldValue.of((written - 1) % 400), rows().row(written - 1).cells().get(RainfallTable.RAIN));
    page.showView(IPageLayout.ID_PROBLEM_VIEW);
  }

  @Test
  void aPasteOverManyRowsIsWrittenInBatchesAndOneUndoPutsTheirValuesBack() throws Exception {
    int count = 20_000;
    List<Map<String, IpldValue>> before = writeRows(count);
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < count; i++) {
      block.append("P-").append(i).append("\t2024-06-01\t").append(i % 300).append('\n');
    }
    putText(block.toString());
    select(0, STATION);
    String first = rows().row(0).key();
    Ui.waitUntil(display, "the first cell is selected", () -> editor.getSite().getSelectionProvider().getSelection()
        instanceof CellSelection cells && cells.rowKeys().equals(List.of(first)));
    Ui.press(grid, SWT.CTRL, 'v');
    Job[] pastes = Job.getJobManager().find(editor.undoContext());
    assertEquals(1, pastes.length, "the paste is a job of the editor");
    assertFalse(pasted(rows().row(count - 1)), "the UI thread must be back before the rows are written");

    Ui.waitUntil(display, "the first rows are overwritten", () -> pasted(rows().row(0)));
    Ui.waitUntil(display, "the grid shows them", () -> "P-0".equals(body(0, STATION)));
    ToolItem cancel = cancelButton();
    Ui.screenshot(window.getShell(), "table-overwrite-progress");
    cancel.notifyListeners(SWT.Selection, new Event());
    Ui.waitUntil(display, "the paste job ends", () -> pastes[0].getState() == Job.NONE);

    List<TableRows.Row> after = rows().rows(0, count);
    assertEquals(count, after.size(), "a paste over rows adds none");
    int written = (int) after.stream().filter(TableEditorTest::pasted).count();
    assertTrue(written > 0 && written < count, written + " rows written");
    assertEquals(0, written % RowEditOperation.ROWS_PER_WRITE, "a batch is written whole or not at all");
    IpldValue date = after.get(0).cells().get(RainfallTable.DATE);
    assertEquals("2024-06-01", body(0, DATE), "the pasted text is stored as a date");
    for (int i = 0; i < count; i++) {
      assertEquals(i < written ? pastedRow(i, date) : before.get(i), after.get(i).cells(), "row " + i);
    }
    String done = String.format(Locale.ROOT, "%,d", written);
    Ui.waitUntil(display, "the editor says how far it went", () -> editor.statusText()
        .contains("Paste cancelled: " + done + " of 20,000 rows were written; Undo takes the paste back"));
    assertEquals("Paste (" + done + " of 20,000 rows)", history.getUndoOperation(editor.undoContext()).getLabel());
    Ui.screenshot(window.getShell(), "table-overwrite-cancelled");

    history.undo(editor.undoContext(), null, null);
    assertEquals(before, cellsOf(rows().rows(0, count)), "one undo puts every old value back, the date gone again");
    Ui.waitUntil(display, "the grid shows the old values", () -> "S-0".equals(body(0, STATION)) && "".equals(body(0, DATE)));
    history.redo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "redo pastes them again", () -> "P-0".equals(body(0, STATION)));
    assertEquals(pastedRow(written - 1, date), rows().row(written - 1).cells());
    assertEquals(before.get(written), rows().row(written).cells());
    page.showView(IPageLayout.ID_PROBLEM_VIEW);
  }

  @Test
  void deletingOrClearingAHugeSelectionIsAJobThatOneUndoTakesBack() throws Exception {
    int count = 20_000;
    List<Map<String, IpldValue>> before = writeRows(count);
    select(0, STATION);
    Ui.press(grid, SWT.CTRL, 'a');
    press("Delete rows");
    Job[] deletions = Job.getJobManager().find(editor.undoContext());
    assertEquals(1, deletions.length, "the deletion is a job of the editor; the editor says: " + editor.statusText());
    assertTrue(rows().size() > 0, "the UI thread must be back before the rows are deleted");

    Ui.waitUntil(display, "the first rows are deleted", () -> rows().size() < count);
    ToolItem cancel = cancelButton();
    Ui.screenshot(window.getShell(), "table-delete-progress");
    cancel.notifyListeners(SWT.Selection, new Event());
    Ui.waitUntil(display, "the deletion job ends", () -> deletions[0].getState() == Job.NONE);

    int left = rows().size();
    int deleted = count - left;
    assertTrue(deleted > 0 && left > 0, deleted + " rows deleted");
    assertEquals(0, deleted % RowEditOperation.ROWS_PER_WRITE, "a batch is deleted whole or not at all");
    assertEquals(before.subList(deleted, count), cellsOf(rows().rows(0, left)), "the first rows go first");
    String done = String.format(Locale.ROOT, "%,d", deleted);
    Ui.waitUntil(display, "the editor says how far it went", () -> editor.statusText()
        .contains("Delete cancelled: " + done + " of 20,000 rows were deleted; Undo brings them back"));
    assertEquals("Delete 20,000 rows (" + done + " of 20,000 rows)",
        history.getUndoOperation(editor.undoContext()).getLabel());
    Ui.waitUntil(display, "the grid shows the rows left", () -> showsRows(left)
        && ("S-" + deleted).equals(body(0, STATION)));
    Ui.screenshot(window.getShell(), "table-delete-cancelled");

    history.undo(editor.undoContext(), null, null);
    List<Map<String, IpldValue>> restored = cellsOf(rows().rows(0, count));
    assertEquals(before.subList(deleted, count), restored.subList(0, left));
    assertEquals(before.subList(0, deleted), restored.subList(left, count), "the deleted rows come back, at the end");
    Ui.waitUntil(display, "the grid shows every row", () -> showsRows(count));
    history.redo(editor.undoContext(), null, null);
    assertEquals(before.subList(deleted, count), cellsOf(rows().rows(0, rows().size())));
    Ui.waitUntil(display, "the grid shows the rows left again", () -> showsRows(left));

    // Delete empties every selected cell, in one job and one undoable edit.
    select(0, STATION);
    Ui.press(grid, SWT.CTRL, 'a');
    Ui.press(grid, 0, SWT.DEL);
    Ui.waitUntil(display, "every cell is emptied", () -> editsDone()
        && rows().rows(0, left).stream().allMatch(row -> row.cells().isEmpty()));
    Ui.waitUntil(display, "the grid and the editor say so", () -> "".equals(body(0, STATION))
        && editor.statusText().contains("Cleared " + String.format(Locale.ROOT, "%,d", 2 * left) + " cells"));
    Ui.screenshot(window.getShell(), "table-cleared");
    history.undo(editor.undoContext(), null, null);
    assertEquals(before.subList(deleted, count), cellsOf(rows().rows(0, left)));
    Ui.waitUntil(display, "the grid shows the cells again", () -> ("S-" + deleted).equals(body(0, STATION)));
    history.redo(editor.undoContext(), null, null);
    assertTrue(rows().rows(0, left).stream().allMatch(row -> row.cells().isEmpty()));
    page.showView(IPageLayout.ID_PROBLEM_VIEW);
  }

  // --- helpers ------------------------------------------------------------------------------

  /**
   * Writes rows S-0, S-1… (rain {@code i % 400}) straight to the store, as a table received from a
   * peer is there already, and waits until the grid shows them; returns their cells.
   */
  private List<Map<String, IpldValue>> writeRows(int count) {
    List<Map<String, IpldValue>> written = IntStream.range(0, count).mapToObj(i -> row("S-" + i, i % 400)).toList();
    for (int from = 0; from < count; from += 2_000) {
      rows().insertAll(written.subList(from, Math.min(count, from + 2_000)));
    }
    Ui.waitUntil(display, "the grid shows the rows", () -> showsRows(count));
    Ui.settle(display, 300);
    return written;
  }

  /** The row that the block of the overwriting paste puts at position {@code i}, with the date as stored. */
  private static Map<String, IpldValue> pastedRow(int i, IpldValue date) {
    return Map.of(RainfallTable.STATION, IpldValue.of("P-" + i), RainfallTable.DATE, date,
        RainfallTable.RAIN, IpldValue.of(i % 300));
  }

  private static boolean pasted(TableRows.Row row) {
    return row.cells().get(RainfallTable.STATION).asString().startsWith("P-");
  }

  private static List<Map<String, IpldValue>> cellsOf(List<TableRows.Row> rows) {
    return rows.stream().map(TableRows.Row::cells).toList();
  }

  /** The Progress view, shown, and its button that cancels the running edit. */
  private ToolItem cancelButton() throws Exception {
    page.showView(IPageLayout.ID_PROGRESS_VIEW);
    ToolItem[] cancel = new ToolItem[1];
    Ui.waitUntil(display, "the edit in the Progress view, with its cancel button",
        () -> (cancel[0] = toolItem(window.getShell(), "Cancel Operation")) != null);
    return cancel[0];
  }


  /** The first tool item under the control whose tooltip is this text. */
  private static ToolItem toolItem(Control control, String tooltip) {
    return Ui.find(control, ToolBar.class, bar -> item(bar, tooltip) != null).map(bar -> item(bar, tooltip)).orElse(null);
  }

  private static ToolItem item(ToolBar bar, String tooltip) {
    return Arrays.stream(bar.getItems()).filter(item -> tooltip.equals(item.getToolTipText())).findFirst().orElse(null);
  }

  private TableRows rows() {
    return table.rows();
  }

  /** Presses the editor's button of this text. */
  private void press(String text) {
    List<Button> buttons = new ArrayList<>();
    collect(grid.getParent(), Button.class, buttons);
    Button button = buttons.stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    button.notifyListeners(SWT.Selection, new Event());
    Ui.settle(display, 50);
  }

  /** The editor counts this many rows (the grid's own count is of the rows on screen). */
  private boolean showsRows(int count) {
    return editor.statusText().startsWith(String.format(Locale.ROOT, "%,d rows", count));
  }

  /** No paste, deletion or clearing is running: the last one is in the history, to undo. */
  private boolean editsDone() {
    return Job.getJobManager().find(editor.undoContext()).length == 0;
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
    ImageData data = Ui.capture(display, new Rectangle(onDisplay.x, onDisplay.y, 1, 1));
    return data.palette.getRGB(data.getPixel(0, 0));
  }

  private void putText(String text) {
    Clipboard clipboard = new Clipboard(display);
    clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
    clipboard.dispose();
  }
}
