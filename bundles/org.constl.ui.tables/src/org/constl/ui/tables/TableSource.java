package org.constl.ui.tables;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.Translations;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableSchema;
import org.constl.storage.BlockStore;

/**
 * Where a table editor gets its table: whoever opens the editor (the data navigator, a test)
 * knows how the table's {@code données} database and schema are opened.
 */
public interface TableSource {

  /** Opens the table's rows; the editor closes them when it closes. */
  TableRows open();

  /** Where files chosen for image, audio, video and file cells are stored, as UnixFS blocks. */
  BlockStore files();

  /**
   * Where the texts of translatable text cells are kept: each such cell holds the address of a
   * database of them, which the editor creates under the table's controller (from the
   * {@link TableEditorInput#tableId()}).
   */
  Translations translations();

  /**
   * What a table is checked against, and the name each column's header shows, by column id (a
   * column without one shows its id).
   */
  record Shape(TableSchema schema, Map<String, String> columnNames) {
    public Shape {
      Objects.requireNonNull(schema);
      columnNames = Map.copyOf(columnNames);
    }
  }

  /**
   * Follows the table while an editor shows it: {@code listener} gets its shape after each change
   * to its columns, their variables, its rules or the other tables its rules take values from (and
   * may get the current one first), on any thread, until the result is closed. By default it is
   * never called: the rows keep the schema they were opened with, and columns show their ids.
   */
  default Subscription follow(Consumer<Shape> listener) {
    return () -> { };
  }
}
