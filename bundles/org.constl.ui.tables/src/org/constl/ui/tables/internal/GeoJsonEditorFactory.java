package org.constl.ui.tables.internal;

import org.constl.core.rules.VariableCategory;
import org.constl.ui.tables.CellEditorFactory;
import org.constl.ui.tables.TableSource;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.MultiLineTextCellEditor;

/** GeoJSON text, on several lines (Enter adds a line; Ctrl+Enter or a click elsewhere commits). */
public final class GeoJsonEditorFactory implements CellEditorFactory {

  @Override
  public ICellEditor create(VariableCategory category, TableSource files) {
    return new MultiLineTextCellEditor(true);
  }
}
