package org.constl.ui.tables.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.constl.core.objects.Translations;
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
 * One edit of a translatable text cell's texts, undoable. A cell without a database of texts (empty,
 * or holding a plain string) gets one, the first time only (a redo writes into the same one), and
 * then holds its address; a cell whose texts are all removed is emptied. Undoing writes the
 * previous texts back and the cell's previous value.
 */
final class TranslationEditOperation extends AbstractOperation {

  private final TableRows rows;
  private final Translations translations;
  private final String tableDatabase;
  private final String rowKey;
  private final String columnId;
  private final Optional<IpldValue> cellBefore;
  private final Map<String, String> before;
  private final Map<String, String> after;
  /** The cell's database of texts; null until this operation creates it. */
  private String address;

  /**
   * @param tableDatabase a database of the table, whose controller a new database of texts shares
   */
  TranslationEditOperation(TableRows rows, Translations translations, String tableDatabase, Row row, String columnId,
      EditedTranslations edit) {
    super("Edit the translations of " + columnId);
    this.rows = rows;
    this.translations = translations;
    this.tableDatabase = tableDatabase;
    this.rowKey = row.key();
    this.columnId = columnId;
    this.cellBefore = Optional.ofNullable(row.cells().get(columnId));
    this.before = edit.before();
    this.after = edit.after();
    this.address = edit.address().orElse(null);
  }

  @Override
  public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return redo(monitor, info);
  }

  @Override
  public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return run(() -> {
      if (address == null && !after.isEmpty()) {
        address = translations.create(tableDatabase);
      }
      write(before, after);
      cell(target(after));
    });
  }

  @Override
  public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
    return run(() -> {
      write(after, before);
      cell(cellBefore);
    });
  }

  /** What the cell holds with these texts: the address of their database, or nothing. */
  private Optional<IpldValue> target(Map<String, String> texts) {
    return texts.isEmpty() || address == null ? Optional.empty() : Optional.of(IpldValue.of(address));
  }

  /** Writes the texts of {@code to} that {@code from} does not have, and removes the languages {@code to} lacks. */
  private void write(Map<String, String> from, Map<String, String> to) {
    if (address == null) {
      return; // no texts before, none after
    }
    Map<String, String> changed = new LinkedHashMap<>();
    to.forEach((language, text) -> {
      if (!text.equals(from.get(language))) {
        changed.put(language, text);
      }
    });
    if (!changed.isEmpty()) {
      translations.setTexts(address, changed);
    }
    for (String language : from.keySet()) {
      if (!to.containsKey(language)) {
        translations.removeText(address, language);
      }
    }
  }

  private void cell(Optional<IpldValue> value) {
    Row now = rows.find(rowKey).orElseThrow();
    if (!Objects.equals(now.cells().get(columnId), value.orElse(null))) {
      Map<String, Optional<IpldValue>> change = new LinkedHashMap<>();
      change.put(columnId, value);
      rows.update(rowKey, change);
    }
  }

  private IStatus run(Runnable writes) throws ExecutionException {
    try {
      writes.run();
      return Status.OK_STATUS;
    } catch (NoSuchElementException e) {
      return Status.error(getLabel() + ": its row is gone (deleted here or by a peer)", e);
    } catch (RuntimeException e) {
      throw new ExecutionException(getLabel() + " could not be written: " + e.getMessage(), e);
    }
  }
}
