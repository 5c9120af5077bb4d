package org.constl.ui.tables.internal;

import java.util.List;
import org.constl.core.rules.VariableCategory;
import org.constl.ui.tables.CellEditorFactory;
import org.constl.ui.tables.TableSource;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;

/** True, false, or nothing, from a list. */
public final class BooleanEditorFactory implements CellEditorFactory {

  @Override
  public ICellEditor create(VariableCategory category, TableSource files) {
    return category.isList() ? new TextEditorFactory().create(category, files)
        : new ComboBoxCellEditor(List.of("true", "false", ""));
  }
}
