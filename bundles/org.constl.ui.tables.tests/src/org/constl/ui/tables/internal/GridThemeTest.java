package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.constl.ipld.IpldValue;
import org.constl.testing.ui.DrawnColours;
import org.constl.testing.ui.RainfallTable;
import org.constl.testing.ui.Ui;
import org.constl.ui.Theme;
import org.constl.ui.tables.TableEditorInput;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The grid in each theme as a user sees it, measured on the screen: it follows a switch of theme
 * and opens in the theme in use, its text readable and a cell with findings marked, selected or not.
 */
class GridThemeTest extends RainfallEditorFixture {

  /** WCAG's least contrast for text (AA). */
  private static final double READABLE = 4.5;
  /** WCAG's least contrast for what is not text but must be seen (a frame). */
  private static final double VISIBLE = 3;
  /** The grid and the editor around it are alike in lightness: less apart than this. */
  private static final double ALIKE = 1.5;
  private static final int RAIN = 3;
  private static final int STATION = 1;

  @Test
  void theGridFollowsEachThemeReadablyAndMarksItsFindings() throws Exception {
    table.rows().insertAll(List.of(row("A", 600), row("B", 20)));
    Ui.waitUntil(display, "one finding", () -> table.rows().findingCount() == 1 && grid.getRowCount() == 3);
    IThemeEngine themes = PlatformUI.getWorkbench().getService(IThemeEngine.class);
    for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST)) {
      themes.setTheme(theme.id(), false);
      Ui.settle(display, 400);
      measure(theme, "switched to");
    }
    // Opened in the high-contrast theme, not only switched to it.
    page.closeAllEditors(false);
    editor = assertInstanceOf(TableEditor.class, page.openEditor(table.input(), TableEditorInput.EDITOR_ID));
    grid = editor.grid();
    Ui.waitUntil(display, "the rows again", () -> grid.getRowCount() == 3 && editor.rows().findingCount() == 1);
    Ui.settle(display, 300);
    measure(Theme.HIGH_CONTRAST, "opened in");
    themes.setTheme(Theme.LIGHT.id(), false);
    Ui.settle(display, 400);
    measure(Theme.LIGHT, "back to");
  }

  private void measure(Theme theme, String how) throws Exception {
    String in = " (" + how + " " + theme + ")";
    int bad = "600".equals(String.valueOf(grid.getDataValueByPosition(RAIN, 1))) ? 1 : 2;
    int good = 3 - bad;
    grid.doCommand(new SelectCellCommand(grid, STATION, good, false, false));
    Ui.settle(display, 100);
    Ui.screenshot(window.getShell(), "table-theme-" + theme.name().toLowerCase() + "-" + how.replace(' ', '-'));

    DrawnColours.Drawn body = DrawnColours.of(grid, inside(good, RAIN));
    readable("the body's text", body, in);
    // The editor's own background, styled by the theme: the grid is as light or as dark.
    RGB around = DrawnColours.of(grid.getParent(), new Rectangle(0, 0, 4, 4)).background();
    double apart = DrawnColours.contrast(body.background(), around);
    assertTrue(apart < ALIKE, "the grid's background " + body.background() + " is unlike the editor's " + around + in
        + ": " + ratio(apart));
    readable("a column header", DrawnColours.of(grid, inside(0, RAIN)), in);
    readable("the selected cell", DrawnColours.of(grid, inside(good, STATION)), in);

    readable("a cell with findings", DrawnColours.of(grid, inside(bad, RAIN)), in);
    double frame = frameContrast(bad, RAIN, body.background());
    assertTrue(frame >= VISIBLE, "the findings' frame against the body" + in + ": " + ratio(frame));

    // Selected (from the empty date cell on its left, Shift to it), the cell keeps its frame,
    // seen against the selection's colour.
    grid.doCommand(new SelectCellCommand(grid, RAIN - 1, bad, false, false));
    grid.doCommand(new SelectCellCommand(grid, RAIN, bad, true, false));
    Ui.settle(display, 100);
    Ui.screenshot(window.getShell(), "table-theme-" + theme.name().toLowerCase() + "-" + how.replace(' ', '-')
        + "-finding-selected");
    RGB selection = DrawnColours.of(grid, inside(bad, RAIN - 1)).background();
    double selectedFrame = frameContrast(bad, RAIN, selection);
    assertTrue(selectedFrame >= VISIBLE, "the findings' frame of a selected cell against the selection " + selection
        + in + ": " + ratio(selectedFrame));
    readable("a selected cell with findings", DrawnColours.of(grid, inside(bad, RAIN)), in);
  }

  private static void readable(String what, DrawnColours.Drawn drawn, String in) {
    assertTrue(drawn.contrast() >= READABLE, what + in + ": text " + drawn.text() + " on " + drawn.background() + ", "
        + ratio(drawn.contrast()) + ", below " + READABLE + ":1");
  }

  /**
   * How far the frame of a cell stands out from a colour: the most contrasting pixel of a strip
   * across the cell's left edge, at mid height (the frame is drawn inside the cell).
   */
  private double frameContrast(int gridRow, int gridColumn, RGB against) {
    int x = grid.getStartXOfColumnPosition(gridColumn);
    int y = grid.getStartYOfRowPosition(gridRow) + grid.getRowHeightByPosition(gridRow) / 2;
    Point onDisplay = grid.toDisplay(x, y);
    ImageData strip = Ui.capture(display, new Rectangle(onDisplay.x, onDisplay.y, 4, 1));
    double most = 1;
    for (int i = 0; i < strip.width; i++) {
      most = Math.max(most, DrawnColours.contrast(strip.palette.getRGB(strip.getPixel(i, 0)), against));
    }
    return most;
  }

  /** A cell at grid position (row, column) without its edges: its background and text. */
  private Rectangle inside(int gridRow, int gridColumn) {
    int inset = 4;
    return new Rectangle(grid.getStartXOfColumnPosition(gridColumn) + inset, grid.getStartYOfRowPosition(gridRow) + inset,
        grid.getColumnWidthByPosition(gridColumn) - 2 * inset, grid.getRowHeightByPosition(gridRow) - 2 * inset);
  }

  private static String ratio(double contrast) {
    return String.format("%.1f:1", contrast);
  }

  private static Map<String, IpldValue> row(String station, int rain) {
    return Map.of(RainfallTable.STATION, IpldValue.of(station), RainfallTable.RAIN, IpldValue.of(rain));
  }
}
