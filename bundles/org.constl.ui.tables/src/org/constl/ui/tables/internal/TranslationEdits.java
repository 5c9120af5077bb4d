package org.constl.ui.tables.internal;

import java.util.Optional;
import org.constl.core.objects.Translations;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.ipld.IpldValue;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The grid's edits of translatable text cells' texts, each one undoable operation in the
 * editor's undo context, as {@link GridEdits} makes the others. Positions are the grid's.
 */
final class TranslationEdits {

  private final TableRows rows;
  private final RowPages pages;
  private final GridColumns columns;
  private final Translations translations;
  private final String tableDatabase;
  private final IOperationHistory history;
  private final IUndoContext context;

  /** @param tableDatabase a database of the table, whose controller new databases of texts share */
  TranslationEdits(TableRows rows, RowPages pages, GridColumns columns, Translations translations, String tableDatabase,
      IOperationHistory history, IUndoContext context) {
    this.rows = rows;
    this.pages = pages;
    this.columns = columns;
    this.translations = translations;
    this.tableDatabase = tableDatabase;
    this.history = history;
    this.context = context;
  }

  /** Writes what a cell's translations editor gave; nothing when the texts did not change. */
  IStatus set(int row, int column, EditedTranslations edit) throws ExecutionException {
    Row shown = pages.row(row);
    if (shown == null || unchanged(shown, columns.id(column), edit)) {
      return Status.CANCEL_STATUS;
    }
    TranslationEditOperation operation = new TranslationEditOperation(rows, translations, tableDatabase, shown,
        columns.id(column), edit);
    operation.addContext(context);
    return history.execute(operation, null, null);
  }

  /** The same texts, and the cell already holds what it would: their database, or nothing for none. */
  private static boolean unchanged(Row row, String columnId, EditedTranslations edit) {
    Optional<IpldValue> target = edit.after().isEmpty() ? Optional.empty() : edit.address().map(IpldValue::of);
    return edit.after().equals(edit.before()) && Optional.ofNullable(row.cells().get(columnId)).equals(target);
  }
}
