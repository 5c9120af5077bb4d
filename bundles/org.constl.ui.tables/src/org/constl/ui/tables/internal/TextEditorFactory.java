package org.constl.ui.tables.internal;

import org.constl.core.rules.VariableCategory;
import org.constl.ui.tables.CellEditorFactory;
import org.constl.ui.tables.TableSource;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;

/** Numbers, texts, dates and intervals: typed as text, read by the column's category. */
public final class TextEditorFactory implements CellEditorFactory {

  @Override
  public ICellEditor create(VariableCategory category, TableSource files) {
    // Enter commits and moves down, as in a spreadsheet.
    return new TextCellEditor(true, true);
  }
}
