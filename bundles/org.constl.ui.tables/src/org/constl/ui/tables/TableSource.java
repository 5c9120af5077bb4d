package org.constl.ui.tables;

import org.constl.core.rows.TableRows;
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
}
