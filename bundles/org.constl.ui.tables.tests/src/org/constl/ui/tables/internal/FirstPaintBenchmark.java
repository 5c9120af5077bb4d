package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.constl.core.objects.Translations;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.Manifest;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.BlockStore;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.constl.testing.ui.Ui;
import org.constl.ui.tables.TableEditorInput;
import org.constl.ui.tables.TableSource;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test but a measurement, run only on request (bench/README.md, "First paint of the table
 * editor"): the table editor opened on the table that {@code TableRowsBench} writes (a million
 * rows × 10 columns), timed on the screen. From the call that opens the editor to the first paint
 * of the grid with rows, and to the first moment the screen shows the first cell's text (read
 * back from the X server); then PageDown, to the screen showing the next page. The workbench's
 * store is not the table's: the table's data folder is opened before the clock starts, as the
 * workbench's own is open before a user opens a table. Prints and writes its numbers; it asserts
 * only that what it timed is there (rows, ink, a moved page), never a duration.
 */
@EnabledIfSystemProperty(named = FirstPaintBenchmark.STORE, matches = ".+")
class FirstPaintBenchmark {

  static final String STORE = "constl.bench.store";
  private static final int OPENS = 3;
  private static final int PAGE_DOWNS = 20;
  /** Pixels far from a cell's background colour: its text is drawn. */
  private static final int MIN_INK = 12;
  private static final long MAX_WAIT_NANOS = 120_000_000_000L;

  private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  private final IWorkbenchPage page = window.getActivePage();
  private final Display display = window.getShell().getDisplay();
  private final List<String> report = new ArrayList<>();

  @Test
  void firstPaintAndPageDownOnTheScreen() throws Exception {
    window.getShell().setBounds(0, 0, 1400, 900);
    Ui.settle(display, 500);
    long storeStart = System.nanoTime();
    try (BenchTable table = new BenchTable(Path.of(System.getProperty(STORE)))) {
      say("Table editor on %s (%s); store, OrbitDB and database opened in %.3f s", table.folder,
          table.database.address(), seconds(System.nanoTime() - storeStart));
      for (int open = 1; open <= OPENS; open++) {
        measureOpen(table, open);
      }
    }
    Path out = Ui.screenshots().getParent().resolve("first-paint.txt");
    Files.write(out, report);
    System.out.println(String.join("\n", report));
  }

  private void measureOpen(BenchTable table, int open) throws Exception {
    PaintClock paints = new PaintClock(display);
    try {
      long start = System.nanoTime();
      TableEditor editor = assertInstanceOf(TableEditor.class, page.openEditor(table.input(), TableEditorInput.EDITOR_ID));
      long returned = System.nanoTime();
      NatTable grid = editor.grid();
      // The first body cell: grid column 1 (after the row numbers), grid row 1 (under the headers).
      long onScreen = until(() -> ink(cellOnDisplay(grid, 1, 1)).count() >= MIN_INK);
      int rowCount = editor.rows().size();
      assertTrue(rowCount > 0 && paints.first() > 0, "the grid painted rows");
      say("open %d: openEditor returned after %.3f s; first paint of the grid with rows %.3f s; first cell's text on"
          + " the screen %.3f s (%,d rows)", open, seconds(returned - start), seconds(paints.first() - start),
          seconds(onScreen - start), rowCount);
      if (open == 1) {
        Ui.screenshot(window.getShell(), "first-paint");
        System.gc();
        say("   heap used after GC %d MB (the whole workbench); %s", usedHeapMb(), rss());
      }
      pageDowns(grid, paints);
      page.closeEditor(editor, false);
      Ui.settle(display, 300);
    } finally {
      paints.close();
    }
  }

  /** PageDown from the top, each timed to the first paint and to the screen showing the next page. */
  private void pageDowns(NatTable grid, PaintClock paints) {
    grid.doCommand(new SelectCellCommand(grid, 1, 1, false, false));
    Ui.settle(display, 200);
    long[] toPaint = new long[PAGE_DOWNS];
    long[] toScreen = new long[PAGE_DOWNS];
    for (int i = 0; i < PAGE_DOWNS; i++) {
      Object firstShown = grid.getDataValueByPosition(0, 1);
      long before = ink(firstRowOnDisplay(grid)).hash();
      paints.reset();
      long start = System.nanoTime();
      pressPageDown(grid);
      long shown = until(() -> ink(firstRowOnDisplay(grid)).hash() != before);
      assertTrue(!firstShown.equals(grid.getDataValueByPosition(0, 1)), "PageDown moved the rows shown");
      toPaint[i] = paints.first() - start;
      toScreen[i] = shown - start;
    }
    say("   PageDown ×%d: to the first paint median %.1f ms, max %.1f ms; to the next page on the"
        + " screen median %.1f ms, max %.1f ms (last page shown from row %s)", PAGE_DOWNS, median(toPaint) / 1e6,
        max(toPaint) / 1e6, median(toScreen) / 1e6, max(toScreen) / 1e6, grid.getDataValueByPosition(0, 1));
  }

  private static void pressPageDown(NatTable grid) {
    for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
      Event event = new Event();
      event.keyCode = SWT.PAGE_DOWN;
      event.doit = true;
      grid.notifyListeners(type, event);
    }
  }

  /** Dispatches events until the condition holds, checking it whenever the queue is empty; returns when. */
  private long until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + MAX_WAIT_NANOS;
    while (System.nanoTime() < deadline) {
      if (!display.readAndDispatch() && condition.getAsBoolean()) {
        return System.nanoTime();
      }
    }
    throw new AssertionError("the screen did not show it within " + MAX_WAIT_NANOS / 1_000_000_000 + " s");
  }

  /** A cell's area on the display, or null while the grid is not laid out. */
  private static Rectangle cellOnDisplay(NatTable grid, int column, int row) {
    if (grid.getRowCount() <= row || grid.getColumnCount() <= column) {
      return null;
    }
    Rectangle cell = grid.getBoundsByPosition(column, row);
    Rectangle area = grid.getClientArea();
    if (cell == null || cell.isEmpty() || !area.contains(cell.x + cell.width - 1, cell.y + cell.height - 1)) {
      return null;
    }
    Point origin = grid.toDisplay(cell.x, cell.y);
    return new Rectangle(origin.x, origin.y, cell.width, cell.height);
  }

  /** The first row shown, from its number to its first cell. */
  private static Rectangle firstRowOnDisplay(NatTable grid) {
    Rectangle number = cellOnDisplay(grid, 0, 1);
    Rectangle cell = cellOnDisplay(grid, 1, 1);
    return number == null || cell == null ? null : number.union(cell);
  }

  /** What the screen shows in an area: how many pixels differ much from its commonest colour, and a hash of them all. */
  private record Ink(int count, long hash) {}

  private Ink ink(Rectangle area) {
    if (area == null) {
      return new Ink(0, 0);
    }
    Image image = new Image(display, area.width, area.height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, area.x, area.y);
      ImageData data = image.getImageData();
      int[] pixels = new int[data.width * data.height];
      for (int y = 0; y < data.height; y++) {
        data.getPixels(0, y, data.width, pixels, y * data.width);
      }
      Map<Integer, Integer> counts = new HashMap<>();
      for (int pixel : pixels) {
        counts.merge(pixel, 1, Integer::sum);
      }
      int background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      int ink = 0;
      for (int pixel : pixels) {
        if (distance(data, pixel, background) > 150) {
          ink++;
        }
      }
      return new Ink(ink, Arrays.hashCode(pixels));
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  private static int distance(ImageData data, int a, int b) {
    var x = data.palette.getRGB(a);
    var y = data.palette.getRGB(b);
    return Math.abs(x.red - y.red) + Math.abs(x.green - y.green) + Math.abs(x.blue - y.blue);
  }

  /**
   * When a grid first finished a paint that showed rows, since the last reset. A display filter
   * sees each paint before the widget does, and adds this clock's listener to a grid the first
   * time: the listener runs after the grid's own painting, of that same event too.
   */
  private static final class PaintClock implements AutoCloseable {
    private final Display display;
    private final Set<NatTable> watched = new HashSet<>();
    private long first;
    private final Listener afterPaint = event -> {
      if (first == 0 && ((NatTable) event.widget).getRowCount() > 1) {
        first = System.nanoTime();
      }
    };
    private final Listener filter = event -> {
      if (event.widget instanceof NatTable grid && watched.add(grid)) {
        grid.addListener(SWT.Paint, afterPaint);
      }
    };

    PaintClock(Display display) {
      this.display = display;
      display.addFilter(SWT.Paint, filter);
    }

    long first() {
      return first;
    }

    void reset() {
      first = 0;
    }

    @Override
    public void close() {
      display.removeFilter(SWT.Paint, filter);
    }
  }

  /** The table TableRowsBench wrote, opened read-only: its columns c0…c9, no rules. */
  private static final class BenchTable implements TableSource, AutoCloseable {
    private final Path folder;
    private final DataFolder data;
    private final LocalStore store;
    private final OrbitDb orbitDb;
    private final Database database;

    BenchTable(Path folder) throws Exception {
      this.folder = folder;
      data = DataFolder.open(folder);
      store = LocalStore.open(data);
      orbitDb = new OrbitDb(store, null, List.of());
      Manifest manifest = orbitDb.databases().stream()
          .filter(m -> m.name().equals("données") && m.type().equals(KeyValue.TYPE)).findFirst()
          .orElseThrow(() -> new IllegalStateException(folder + " holds no table: run TableRowsBench on it first"));
      database = orbitDb.open(manifest.address());
    }

    TableEditorInput input() {
      return new TableEditorInput(database.address().toString(), "Bench " + folder.getFileName(), this);
    }

    @Override
    public TableRows open() {
      List<TableColumn> columns = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        columns.add(new TableColumn("c" + i, Optional.empty(), false));
      }
      return TableRows.open(database, store, new TableSchema(columns, List.of(), RuleTypes.builtIn(), ForeignTables.NONE));
    }

    @Override
    public BlockStore files() {
      return store.blocks();
    }

    @Override
    public Translations translations() {
      return Translations.of(orbitDb);
    }

    @Override
    public void close() {
      orbitDb.close();
      store.close();
      data.close();
    }
  }

  private void say(String format, Object... args) {
    report.add(String.format(format, args));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long max(long[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }

  private static long usedHeapMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private static String rss() throws Exception {
    StringBuilder out = new StringBuilder("process ");
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
        out.append(line.replaceAll("\\s+", " ")).append("; ");
      }
    }
    return out.append("(VmHWM: the peak)").toString();
  }
}
