package org.constl.ui.tables;

import org.constl.core.rules.VariableCategory;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;

/**
 * Makes the NatTable cell editor of one variable category, contributed through the extension
 * point {@code org.constl.ui.tables.cellEditors} (see its schema). The editor edits the cell's
 * stored text; the grid turns that text into the stored value, so an editor for a new category
 * only has to produce text the category reads. (The built-in editor of translatable text is the
 * exception: it edits the cell's database of texts in each language.)
 */
public interface CellEditorFactory {

  /**
   * A new editor for a column of this category; called once per column when the table opens.
   *
   * @param files where an editor that picks files stores them (UnixFS blocks); it writes the
   *     text {@code <CID>/<file name>} into the cell
   */
  ICellEditor create(VariableCategory category, TableSource files);
}
