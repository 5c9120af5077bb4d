package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.ipld.IpldValue;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IAdvancedUndoableOperation2;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One edit of a table's rows, undoable: changed cells, added rows, deleted rows, or a paste that
 * both changes cells and adds rows. The rows' log only grows, so undoing writes new signed
 * entries that put the previous values back: deleted rows come back as new rows (with new keys,
 * which a redo then deletes).
 *
 * <p>A large edit (a paste of many rows) writes a batch of rows at a time and reports each to the
 * monitor. Its first execution stops between two batches when cancelled, or when a write fails;
 * what it wrote stays written and becomes the whole edit, so that undo and redo act on exactly
 * that. Undo and redo always run to the end: stopped half-way, the history could no longer say
 * what the table holds.
 */
final class RowEditOperation extends AbstractOperation implements IAdvancedUndoableOperation2 {

  /** Rows changed, added or deleted per store transaction; the grid's reads wait for the store meanwhile. */
  static final int ROWS_PER_WRITE = 250;

  private final TableRows rows;
  /** Row key to the cells it changes: present values set, empty ones delete. */
  private Map<String, Map<String, Optional<IpldValue>>> after;
  /** The changed cells as they were, as each batch replaced them. */
  private final Map<String, Map<String, Optional<IpldValue>>> before = new LinkedHashMap<>();
  private List<Map<String, IpldValue>> added;
  private List<String> addedKeys = List.of();
  private List<Row> deleted;

  private RowEditOperation(String label, TableRows rows, Map<String, Map<String, Optional<IpldValue>>> after,
      List<Map<String, IpldValue>> added, List<Row> deleted) {
    super(label);
    this.rows = rows;
    this.after = after;
    this.added = List.copyOf(added);
    this.deleted = List.copyOf(deleted);
  }

  /** Changes cells, and adds rows (a paste past the last row). */
  static RowEditOperation edit(String label, TableRows rows, Map<String, Map<String, Optional<IpldValue>>> changes,
      List<Map<String, IpldValue>> added) {
    return new RowEditOperation(label, rows, changes, added, List.of());
  }

  static RowEditOperation delete(String label, TableRows rows, List<Row> deleted) {
    return new RowEditOperation(label, rows, Map.of(), List.of(), deleted);
  }

  /** The keys of the rows this operation added, once executed. */
  List<String> addedKeys() {
    return addedKeys;
  }

  /** The rows it changes, adds and deletes: what its progress counts. */
  int size() {
    return after.size() + added.size() + deleted.size();
  }

  /** Once executed: true when it wrote nothing (cancelled before its first batch, or failed on it). */
  boolean wroteNothing() {
    return size() == 0;
  }

  @Override
  public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return write(SubMonitor.convert(monitor, getLabel(), size()), true);
  }

  @Override
  public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return write(SubMonitor.convert(monitor, "Redo " + getLabel(), size()), false);
  }

  /** Writes the edit; when it stops early, what it wrote becomes the edit. */
  private IStatus write(SubMonitor progress, boolean stoppable) throws ExecutionException {
    Written written = new Written(progress, stoppable);
    try {
      return run(written::all);
    } finally {
      after = written.changed;
      before.keySet().retainAll(written.changed.keySet());
      added = added.subList(0, written.keys.size());
      addedKeys = List.copyOf(written.keys);
      deleted = deleted.subList(0, written.deletedCount);
    }
  }

  /** One run of the writes: the changed cells, then the added rows, then the deletions, with what is done so far. */
  private final class Written {
    private final SubMonitor progress;
    private final boolean stoppable;
    private final Map<String, Map<String, Optional<IpldValue>>> changed = new LinkedHashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final int total = size();
    private int deletedCount;
    private int done;

    Written(SubMonitor progress, boolean stoppable) {
      this.progress = progress;
      this.stoppable = stoppable;
    }

    private void worked(int rowCount) {
      done += rowCount;
      progress.worked(rowCount);
      progress.subTask(String.format(Locale.ROOT, "%,d of %,d rows %s", done, total,
          after.isEmpty() && added.isEmpty() ? "deleted" : "written"));
    }

    IStatus all() {
      for (Map<String, Map<String, Optional<IpldValue>>> batch : batches(after)) {
        if (stopped()) {
          return Status.CANCEL_STATUS;
        }
        before.putAll(rows.updateAll(batch));
        changed.putAll(batch);
        worked(batch.size());
      }
      for (List<Map<String, IpldValue>> batch : batches(added)) {
        if (stopped()) {
          return Status.CANCEL_STATUS;
        }
        keys.addAll(rows.insertAll(batch));
        worked(batch.size());
      }
      for (List<Row> batch : batches(deleted)) {
        if (stopped()) {
          return Status.CANCEL_STATUS;
        }
        rows.deleteAll(batch.stream().map(Row::key).toList());
        deletedCount += batch.size();
        worked(batch.size());
      }
      return Status.OK_STATUS;
    }

    private boolean stopped() {
      return stoppable && progress.isCanceled();
    }
  }

  @Override
  public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    SubMonitor progress = SubMonitor.convert(monitor, "Undo " + getLabel(), size());
    return run(() -> {
      List<Row> restored = new ArrayList<>();
      for (List<Row> batch : batches(deleted)) {
        List<String> keys = rows.insertAll(batch.stream().map(Row::cells).toList());
        for (int i = 0; i < keys.size(); i++) {
          restored.add(new Row(keys.get(i), batch.get(i).cells()));
        }
        progress.worked(batch.size());
      }
      deleted = restored;
      for (List<String> batch : batches(addedKeys)) {
        rows.deleteAll(batch);
        progress.worked(batch.size());
      }
      for (Map<String, Map<String, Optional<IpldValue>>> batch : batches(before)) {
        rows.updateAll(batch);
        progress.worked(batch.size());
      }
      return Status.OK_STATUS;
    });
  }

  /** Undo and redo of a large paste take a while: the workbench runs them off the UI thread, with progress. */
  @Override
  public boolean runInBackground() {
    return true;
  }

  /** Nothing is checked ahead: a row gone meanwhile is reported by the write itself. */
  @Override
  public IStatus computeExecutionStatus(IProgressMonitor monitor) {
    return Status.OK_STATUS;
  }

  @Override
  public void setQuietCompute(boolean quiet) {
    // Nothing is computed ahead of undo or redo.
  }

  private static <T> List<List<T>> batches(List<T> items) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < items.size(); from += ROWS_PER_WRITE) {
      batches.add(items.subList(from, Math.min(items.size(), from + ROWS_PER_WRITE)));
    }
    return batches;
  }

  private static <V> List<Map<String, V>> batches(Map<String, V> items) {
    List<Map<String, V>> batches = new ArrayList<>();
    for (List<String> keys : batches(List.copyOf(items.keySet()))) {
      Map<String, V> batch = new LinkedHashMap<>();
      keys.forEach(key -> batch.put(key, items.get(key)));
      batches.add(batch);
    }
    return batches;
  }

  private IStatus run(Writes writes) throws ExecutionException {
    try {
      return writes.run();
    } catch (NoSuchElementException e) {
      return Status.error(getLabel() + ": a row it changes is gone (deleted here or by a peer)", e);
    } catch (RuntimeException e) {
      throw new ExecutionException(getLabel() + " could not be written: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Writes {
    IStatus run();
  }
}
