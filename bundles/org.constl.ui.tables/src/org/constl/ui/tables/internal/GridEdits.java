package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.ipld.IpldValue;
import org.constl.ui.tables.internal.CellValues.Refused;
import org.constl.ui.tables.internal.CellValues.Value;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The grid's edits, each one undoable operation in the workbench's history under the editor's
 * undo context: typed cells, cleared cells, pastes, added and deleted rows. Positions are the
 * grid's (row position under the current order and filter, column position).
 */
final class GridEdits {

  /** A text that could not become a value, and why; {@code row} is the position in the grid or the block. */
  record Refusal(int row, String columnId, String reason) {
    @Override
    public String toString() {
      return "row " + (row + 1) + ", " + columnId + ": " + reason;
    }
  }

  /** Rows read per query when an edit looks up the rows it covers. */
  private static final int KEYS_PER_READ = 2_000;

  private final TableRows rows;
  private final RowPages pages;
  private final GridColumns columns;
  private final CellValues values;
  private final PastedTranslations newTranslations;
  private final UnaryOperator<String> itemText;
  private final IOperationHistory history;
  private final IUndoContext context;

  /**
   * @param newTranslations where typed and pasted texts of translatable text cells go
   * @param itemText the text a list cell's editor shows for an item of translatable text
   */
  GridEdits(TableRows rows, RowPages pages, GridColumns columns, CellValues values,
      PastedTranslations newTranslations, UnaryOperator<String> itemText, IOperationHistory history,
      IUndoContext context) {
    this.rows = rows;
    this.pages = pages;
    this.columns = columns;
    this.values = values;
    this.newTranslations = newTranslations;
    this.itemText = itemText;
    this.history = history;
    this.context = context;
  }

  IUndoContext context() {
    return context;
  }

  /** Why a text cannot go in a column, or empty when it can. */
  Optional<String> refusal(int column, String text) {
    return values.parse(text, columns.category(column)) instanceof Refused refused ? Optional.of(refused.reason())
        : Optional.empty();
  }

  /**
   * Sets one cell from typed text (already checked by {@link #refusal}); a list of translatable
   * texts keeps the database of each item whose text stays ({@link KeptTranslations}).
   */
  IStatus setCell(int row, int column, String text) throws ExecutionException {
    Row shown = pages.row(row);
    if (shown == null) {
      return Status.CANCEL_STATUS;
    }
    Optional<IpldValue> now = Optional.ofNullable(shown.cells().get(columns.id(column)));
    CellValues.Translator typed = new KeptTranslations(now, itemText, newTranslations::typed);
    if (!(values.parse(text, columns.category(column), typed) instanceof Value value) || now.equals(value.value())) {
      return Status.CANCEL_STATUS;
    }
    return run(RowEditOperation.edit("Edit " + columns.id(column), rows,
        Map.of(shown.key(), single(columns.id(column), value.value())), List.of()));
  }

  /**
   * Converts a paste plan's texts; the operation writes the cells that converted, and when some
   * did not, the user is asked first. Reads the keys of the rows pasted over from the store, a
   * batch at a time: a block may cover a million rows, so this runs in the paste's job, not on the
   * UI thread. A text pasted into a translatable text cell gets its database of texts here
   * ({@link PastedTranslations}).
   *
   * @throws OperationCanceledException when {@code progress} is cancelled
   */
  RowEditJob.Prepared preparePaste(PastePlan plan, String label, SubMonitor progress) {
    int cellCount = plan.cells().size() + plan.newRows().stream().mapToInt(Map::size).sum();
    progress.setWorkRemaining(2);
    Map<Integer, String> keys = keysOfRows(plan.cells(), progress.split(1));
    SubMonitor converting = progress.split(1).setWorkRemaining(cellCount);
    List<Refusal> refusals = new ArrayList<>();
    Map<String, Map<String, Optional<IpldValue>>> changes = new LinkedHashMap<>();
    for (PastePlan.CellText cell : plan.cells()) {
      String key = keys.get(cell.row());
      if (key != null) {
        convert(cell.row(), cell.column(), cell.text(), refusals)
            .ifPresent(v -> changes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(columns.id(cell.column()), v));
      }
      converting.worked(1);
    }
    List<Map<String, IpldValue>> added = new ArrayList<>();
    int firstNewRow = rows.size();
    for (int i = 0; i < plan.newRows().size(); i++) {
      if (converting.isCanceled()) {
        throw new OperationCanceledException();
      }
      Map<String, IpldValue> cells = new LinkedHashMap<>();
      int row = firstNewRow + i;
      plan.newRows().get(i).forEach((column, text) -> convert(row, column, text, refusals)
          .flatMap(v -> v).ifPresent(v -> cells.put(columns.id(column), v)));
      added.add(cells);
      converting.worked(plan.newRows().get(i).size());
    }
    String done = "Pasted " + RowEditJob.quantity(cellCount - refusals.size(), "cell")
        + (plan.droppedColumns() > 0 ? "; " + plan.droppedColumns() + " columns had no column to go to" : "")
        + (refusals.isEmpty() ? "" : "; " + count(refusals.size()) + " refused");
    return new RowEditJob.Prepared(RowEditOperation.edit(label, rows, changes, added),
        refusals.isEmpty() ? Optional.empty() : Optional.of(pasteQuestion(refusals, cellCount)), done);
  }

  /** Whether to paste the cells that fit, and a few of those that do not. */
  private static RowEditJob.Question pasteQuestion(List<Refusal> refusals, int cellCount) {
    StringBuilder text = new StringBuilder(count(refusals.size()) + " of " + count(cellCount)
        + " pasted cells do not fit their column and would stay as they are:\n\n");
    refusals.stream().limit(10).forEach(r -> text.append("• ").append(r).append('\n'));
    if (refusals.size() > 10) {
      text.append("… and ").append(count(refusals.size() - 10)).append(" more\n");
    }
    text.append("\nPaste the other cells?");
    return new RowEditJob.Question("Some cells cannot be pasted", text.toString());
  }

  /**
   * Empties the cells of these areas of the grid (a selection may be several), in the rows that
   * have them; reads the rows a batch at a time, in the edit's job.
   *
   * @throws OperationCanceledException when {@code progress} is cancelled
   */
  RowEditJob.Prepared prepareClear(String label, List<PastePlan.Area> areas, SubMonitor progress) {
    Map<String, Map<String, Optional<IpldValue>>> changes = new LinkedHashMap<>();
    int[] cleared = {0};
    progress.setWorkRemaining(coveredRows(areas));
    for (PastePlan.Area area : areas) {
      forEachRow(area.row(), area.rows(), progress, row -> {
        for (int column = area.column(); column < Math.min(columns.size(), area.column() + area.columns()); column++) {
          String id = columns.id(column);
          if (row.cells().containsKey(id)
              && changes.computeIfAbsent(row.key(), k -> new LinkedHashMap<>()).put(id, Optional.empty()) == null) {
            cleared[0]++;
          }
        }
      });
    }
    return new RowEditJob.Prepared(RowEditOperation.edit(label, rows, changes, List.of()), Optional.empty(),
        cleared[0] == 0 ? "The selected cells are empty already" : "Cleared " + RowEditJob.quantity(cleared[0], "cell"));
  }

  /**
   * Deletes the rows of these areas of the grid (their columns do not matter); reads the rows,
   * which undo writes back, a batch at a time, in the edit's job.
   *
   * @throws OperationCanceledException when {@code progress} is cancelled
   */
  RowEditJob.Prepared prepareDelete(String label, List<PastePlan.Area> areas, SubMonitor progress) {
    Map<String, Row> doomed = new LinkedHashMap<>();
    progress.setWorkRemaining(coveredRows(areas));
    for (PastePlan.Area area : areas) {
      forEachRow(area.row(), area.rows(), progress, row -> doomed.putIfAbsent(row.key(), row));
    }
    return new RowEditJob.Prepared(RowEditOperation.delete(label, rows, List.copyOf(doomed.values())), Optional.empty(),
        "Deleted " + RowEditJob.quantity(doomed.size(), "row"));
  }

  /** The rows of the areas that the table has (a whole column's area may say more), for progress. */
  private int coveredRows(List<PastePlan.Area> areas) {
    int size = rows.size();
    return (int) Math.min(Integer.MAX_VALUE, areas.stream()
        .mapToLong(area -> Math.max(0, Math.min(size, (long) area.row() + area.rows()) - area.row())).sum());
  }

  /** Calls {@code action} with each row from position {@code from}, {@code count} of them or up to the last. */
  private void forEachRow(int from, int count, SubMonitor progress, Consumer<Row> action) {
    int end = (int) Math.min(rows.size(), (long) from + count);
    for (int position = Math.max(0, from); position < end; position += KEYS_PER_READ) {
      if (progress.isCanceled()) {
        throw new OperationCanceledException();
      }
      List<Row> batch = rows.rows(position, Math.min(KEYS_PER_READ, end - position));
      batch.forEach(action);
      progress.worked(batch.size());
    }
  }

  /** The keys of the rows at the cells' positions, read a batch of positions at a time. */
  private Map<Integer, String> keysOfRows(List<PastePlan.CellText> cells, SubMonitor progress) {
    Map<Integer, String> keys = new HashMap<>();
    if (cells.isEmpty()) {
      return keys;
    }
    int first = cells.stream().mapToInt(PastePlan.CellText::row).min().orElseThrow();
    int last = cells.stream().mapToInt(PastePlan.CellText::row).max().orElseThrow();
    int[] position = {first};
    progress.setWorkRemaining(last + 1 - first);
    forEachRow(first, last + 1 - first, progress, row -> keys.put(position[0]++, row.key()));
    return keys;
  }

  private Optional<Optional<IpldValue>> convert(int row, int column, String text, List<Refusal> refusals) {
    return switch (values.parse(text, columns.category(column), newTranslations)) {
      case Value value -> Optional.of(value.value());
      case Refused refused -> {
        refusals.add(new Refusal(row, columns.id(column), refused.reason()));
        yield Optional.empty();
      }
    };
  }

  /** Adds one empty row; returns its key. */
  String insertRow() throws ExecutionException {
    RowEditOperation operation = RowEditOperation.edit("Insert row", rows, Map.of(), List.of(Map.of()));
    run(operation);
    return operation.addedKeys().isEmpty() ? null : operation.addedKeys().get(0);
  }

  IStatus run(RowEditOperation operation) throws ExecutionException {
    operation.addContext(context);
    return history.execute(operation, null, null);
  }

  /** Puts an operation that ran already (an edit's job ran it, with progress) in the history. */
  void record(RowEditOperation operation) {
    operation.addContext(context);
    history.add(operation);
  }

  private static String count(int n) {
    return RowEditJob.count(n);
  }

  private static Map<String, Optional<IpldValue>> single(String columnId, Optional<IpldValue> value) {
    Map<String, Optional<IpldValue>> cells = new LinkedHashMap<>();
    cells.put(columnId, value);
    return cells;
  }
}
