package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.ipld.IpldValue;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One edit of a table's rows, undoable: changed cells, added rows, deleted rows, or a paste that
 * both changes cells and adds rows. The rows' log only grows, so undoing writes new signed
 * entries that put the previous values back: deleted rows come back as new rows (with new keys,
 * which a redo then deletes).
 */
final class RowEditOperation extends AbstractOperation {

  private final TableRows rows;
  /** Row key to the cells it changes: present values set, empty ones delete. */
  private final Map<String, Map<String, Optional<IpldValue>>> after;
  private final Map<String, Map<String, Optional<IpldValue>>> before;
  private final List<Map<String, IpldValue>> added;
  private List<String> addedKeys = List.of();
  private List<Row> deleted;

  private RowEditOperation(String label, TableRows rows, Map<String, Map<String, Optional<IpldValue>>> after,
      List<Map<String, IpldValue>> added, List<Row> deleted) {
    super(label);
    this.rows = rows;
    this.after = after;
    this.before = previous(rows, after);
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

  /** The cells as they are now, for the cells that {@code changes} touches. */
  private static Map<String, Map<String, Optional<IpldValue>>> previous(TableRows rows,
      Map<String, Map<String, Optional<IpldValue>>> changes) {
    Map<String, Map<String, Optional<IpldValue>>> previous = new LinkedHashMap<>();
    changes.forEach((key, cells) -> {
      Map<String, IpldValue> now = rows.find(key).map(Row::cells).orElse(Map.of());
      Map<String, Optional<IpldValue>> old = new LinkedHashMap<>();
      cells.keySet().forEach(column -> old.put(column, Optional.ofNullable(now.get(column))));
      previous.put(key, old);
    });
    return previous;
  }

  /** The keys of the rows this operation added, once executed. */
  List<String> addedKeys() {
    return addedKeys;
  }

  @Override
  public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return redo(monitor, info);
  }

  @Override
  public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return run(() -> {
      update(after);
      if (!added.isEmpty()) {
        addedKeys = rows.insertAll(added);
      }
      if (!deleted.isEmpty()) {
        rows.deleteAll(deleted.stream().map(Row::key).toList());
      }
    });
  }

  @Override
  public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return run(() -> {
      if (!deleted.isEmpty()) {
        List<String> keys = rows.insertAll(deleted.stream().map(Row::cells).toList());
        List<Row> restored = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
          restored.add(new Row(keys.get(i), deleted.get(i).cells()));
        }
        deleted = restored;
      }
      if (!addedKeys.isEmpty()) {
        rows.deleteAll(addedKeys);
      }
      update(before);
    });
  }

  private void update(Map<String, Map<String, Optional<IpldValue>>> changes) {
    changes.forEach(rows::update);
  }

  private IStatus run(Runnable writes) throws ExecutionException {
    try {
      writes.run();
      return Status.OK_STATUS;
    } catch (NoSuchElementException e) {
      return Status.error(getLabel() + ": a row it changes is gone (deleted here or by a peer)", e);
    } catch (RuntimeException e) {
      throw new ExecutionException(getLabel() + " could not be written: " + e.getMessage(), e);
    }
  }
}
