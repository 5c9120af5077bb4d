package org.constl.ui;

import org.constl.core.rows.TableRows;

/**
 * A table open in an editor, as the editor offers it through {@code getAdapter(OpenTable.class)}:
 * the workbench lists the findings of its rows in the Problems view, validates it as a job, and
 * goes to a finding's cell. The editor is in another bundle; this is all the workbench needs of it.
 */
public interface OpenTable {

  /**
   * The command that opens a table in its editor, with the table's id as parameter
   * {@value #TABLE_ID_PARAMETER}; the data navigator runs it on a double-click. Its handler comes
   * with the editor.
   */
  String OPEN_COMMAND = "org.constl.ui.commands.openTable";

  String TABLE_ID_PARAMETER = "org.constl.ui.commands.openTable.tableId";

  /** The table's id (the address of its database). */
  String tableId();

  /** What the editor's tab shows. */
  String name();

  /** The rows the editor shows; the editor closes them when it closes. */
  TableRows rows();

  /** Selects the cell and scrolls it into view; does nothing when the row is filtered out or gone. */
  void reveal(String rowKey, String columnId);
}
