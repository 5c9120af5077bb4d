package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** What a paste would write, and what it refused. */
  record PreparedPaste(RowEditOperation operation, List<Refusal> refusals, int droppedColumns, int cells) {}

  /** Rows read per query when a paste looks up the rows it covers. */
  private static final int KEYS_PER_READ = 2_000;

  private final TableRows rows;
  private final RowPages pages;
  private final GridColumns columns;
  private final CellValues values;
  private final IOperationHistory history;
  private final IUndoContext context;

  GridEdits(TableRows rows, RowPages pages, GridColumns columns, CellValues values, IOperationHistory history,
      IUndoContext context) {
    this.rows = rows;
    this.pages = pages;
    this.columns = columns;
    this.values = values;
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

  /** Sets one cell from typed text (already checked by {@link #refusal}). */
  IStatus setCell(int row, int column, String text) throws ExecutionException {
    Row shown = pages.row(row);
    if (shown == null || !(values.parse(text, columns.category(column)) instanceof Value value)) {
      return Status.CANCEL_STATUS;
    }
    Optional<IpldValue> now = Optional.ofNullable(shown.cells().get(columns.id(column)));
    if (now.equals(value.value())) {
      return Status.CANCEL_STATUS;
    }
    return run(RowEditOperation.edit("Edit " + columns.id(column), rows,
        Map.of(shown.key(), single(columns.id(column), value.value())), List.of()));
  }

  /** Empties the cells at these positions (row, column pairs). */
  IStatus clear(List<int[]> cells) throws ExecutionException {
    Map<String, Map<String, Optional<IpldValue>>> changes = new LinkedHashMap<>();
    for (int[] cell : cells) {
      Row shown = pages.row(cell[0]);
      if (shown != null && shown.cells().containsKey(columns.id(cell[1]))) {
        changes.computeIfAbsent(shown.key(), k -> new LinkedHashMap<>()).put(columns.id(cell[1]), Optional.empty());
      }
    }
    return changes.isEmpty() ? Status.CANCEL_STATUS : run(RowEditOperation.edit("Clear cells", rows, changes, List.of()));
  }

  /**
   * Converts a paste plan's texts; the operation writes the cells that converted. Reads the keys
   * of the rows pasted over from the store, a batch at a time: a block may cover a million rows,
   * so this runs in the paste's job, not on the UI thread.
   *
   * @throws OperationCanceledException when {@code progress} is cancelled
   */
  PreparedPaste prepare(PastePlan plan, String label, SubMonitor progress) {
    int cellCount = plan.cells().size() + plan.newRows().stream().mapToInt(Map::size).sum();
    progress.setWorkRemaining(cellCount);
    Map<Integer, String> keys = keysOfRows(plan.cells(), progress);
    List<Refusal> refusals = new ArrayList<>();
    Map<String, Map<String, Optional<IpldValue>>> changes = new LinkedHashMap<>();
    for (PastePlan.CellText cell : plan.cells()) {
      String key = keys.get(cell.row());
      if (key != null) {
        convert(cell.row(), cell.column(), cell.text(), refusals)
            .ifPresent(v -> changes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(columns.id(cell.column()), v));
      }
      progress.worked(1);
    }
    List<Map<String, IpldValue>> added = new ArrayList<>();
    int firstNewRow = rows.size();
    for (int i = 0; i < plan.newRows().size(); i++) {
      if (progress.isCanceled()) {
        throw new OperationCanceledException();
      }
      Map<String, IpldValue> cells = new LinkedHashMap<>();
      int row = firstNewRow + i;
      plan.newRows().get(i).forEach((column, text) -> convert(row, column, text, refusals)
          .flatMap(v -> v).ifPresent(v -> cells.put(columns.id(column), v)));
      added.add(cells);
      progress.worked(plan.newRows().get(i).size());
    }
    return new PreparedPaste(RowEditOperation.edit(label, rows, changes, added), refusals, plan.droppedColumns(),
        cellCount);
  }

  /** The keys of the rows at the cells' positions, read a batch of positions at a time. */
  private Map<Integer, String> keysOfRows(List<PastePlan.CellText> cells, SubMonitor progress) {
    Map<Integer, String> keys = new HashMap<>();
    if (cells.isEmpty()) {
      return keys;
    }
    int first = cells.stream().mapToInt(PastePlan.CellText::row).min().orElseThrow();
    int last = Math.min(rows.size() - 1, cells.stream().mapToInt(PastePlan.CellText::row).max().orElseThrow());
    for (int from = first; from <= last; from += KEYS_PER_READ) {
      if (progress.isCanceled()) {
        throw new OperationCanceledException();
      }
      List<Row> batch = rows.rows(from, Math.min(KEYS_PER_READ, last + 1 - from));
      for (int i = 0; i < batch.size(); i++) {
        keys.put(from + i, batch.get(i).key());
      }
    }
    return keys;
  }

  private Optional<Optional<IpldValue>> convert(int row, int column, String text, List<Refusal> refusals) {
    return switch (values.parse(text, columns.category(column))) {
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

  /** Deletes the rows at these positions. */
  IStatus deleteRows(List<Integer> positions) throws ExecutionException {
    List<Row> doomed = positions.stream().map(pages::row).filter(r -> r != null).toList();
    if (doomed.isEmpty()) {
      return Status.CANCEL_STATUS;
    }
    return run(RowEditOperation.delete(doomed.size() == 1 ? "Delete row" : "Delete " + doomed.size() + " rows",
        rows, doomed));
  }

  IStatus run(RowEditOperation operation) throws ExecutionException {
    operation.addContext(context);
    return history.execute(operation, null, null);
  }

  /** Puts an operation that ran already (a paste's job ran it, with progress) in the history. */
  void record(RowEditOperation operation) {
    operation.addContext(context);
    history.add(operation);
  }

  private static Map<String, Optional<IpldValue>> single(String columnId, Optional<IpldValue> value) {
    Map<String, Optional<IpldValue>> cells = new LinkedHashMap<>();
    cells.put(columnId, value);
    return cells;
  }
}
