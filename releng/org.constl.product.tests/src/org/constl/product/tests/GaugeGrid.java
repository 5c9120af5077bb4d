package org.constl.product.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constl.ui.OpenTable;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * A table of the account in the workbench's table editor, as the user sees and clicks it: the
 * cells painted as breaking a rule, the editor's count of findings, a click on a column header.
 */
final class GaugeGrid {

  /** How the editor fills a cell that breaks a rule, in the light theme. */
  private static final RGB FINDING_FILL = new RGB(255, 221, 221);

  private final UiRobot robot;
  private final Shell window;
  private final NatTable grid;

  private GaugeGrid(UiRobot robot, Shell window, NatTable grid) {
    this.robot = robot;
    this.window = window;
    this.grid = grid;
  }

  /** Opens the table as a double-click in the Data view does, and waits for its rows in the grid. */
  static GaugeGrid open(UiRobot robot, String tableId, int rows) throws Exception {
    IWorkbenchWindow workbench = robot.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
    String failure = robot.ui(() -> {
      try {
        Command open = workbench.getService(ICommandService.class).getCommand(OpenTable.OPEN_COMMAND);
        workbench.getService(IHandlerService.class).executeCommand(
            ParameterizedCommand.generateCommand(open, Map.of(OpenTable.TABLE_ID_PARAMETER, tableId)), null);
        return null;
      } catch (Exception e) {
        return e.toString();
      }
    });
    if (failure != null) {
      throw new IllegalStateException("the table does not open: " + failure);
    }
    Shell window = robot.ui(workbench::getShell);
    NatTable grid = robot.await("the table's rows in the grid", () -> {
      NatTable found = UiRobot.find(window, NatTable.class, t -> true);
      // The header row, then the rows.
      return found != null && found.getRowCount() == rows + 1 ? found : null;
    });
    return new GaugeGrid(robot, window, grid);
  }

  /** The editor's count of rows and findings, e.g. "5 rows · 2 findings". */
  String status() {
    return robot.ui(() -> {
      Label label = UiRobot.find(grid.getParent(), Label.class, l -> l.getText().matches("\\d+ rows? .*"));
      return label == null ? "" : label.getText();
    });
  }

  /** The cells painted as breaking a rule, as "header=text" in the grid's order, joined by "; ". */
  String markedCells() {
    return robot.ui(() -> {
      List<String> marked = new ArrayList<>();
      for (int row = 1; row < grid.getRowCount(); row++) {
        for (int column = 1; column < grid.getColumnCount(); column++) {
          if (FINDING_FILL.equals(fill(row, column))) {
            marked.add(grid.getDataValueByPosition(column, 0) + "=" + grid.getDataValueByPosition(column, row));
          }
        }
      }
      return String.join("; ", marked);
    });
  }

  /**
   * A click on the header of the column whose header starts with this text: the editor becomes
   * the active part, as the click's focus makes it, and the column is selected.
   */
  void clickHeader(String headerStart) {
    robot.ui(() -> {
      IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
      page.activate(page.getActiveEditor());
      for (int column = 1; column < grid.getColumnCount(); column++) {
        if (String.valueOf(grid.getDataValueByPosition(column, 0)).startsWith(headerStart)) {
          int x = grid.getStartXOfColumnPosition(column) + grid.getColumnWidthByPosition(column) / 2;
          int y = grid.getRowHeightByPosition(0) / 2;
          for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event event = new Event();
            event.x = x;
            event.y = y;
            event.button = 1;
            event.count = 1;
            grid.notifyListeners(type, event);
          }
          return null;
        }
      }
      throw new IllegalStateException("no column header starts with " + headerStart);
    });
  }

  /** The colour on screen near the right end of a cell, away from its text and its frame. */
  private RGB fill(int row, int column) {
    int x = grid.getStartXOfColumnPosition(column) + grid.getColumnWidthByPosition(column) - 8;
    int y = grid.getStartYOfRowPosition(row) + grid.getRowHeightByPosition(row) / 2;
    Point onScreen = grid.toDisplay(x, y);
    Image image = new Image(window.getDisplay(), 1, 1);
    GC gc = new GC(window.getDisplay());
    try {
      gc.copyArea(image, onScreen.x, onScreen.y);
      ImageData data = image.getImageData();
      return data.palette.getRGB(data.getPixel(0, 0));
    } finally {
      gc.dispose();
      image.dispose();
    }
  }
}
