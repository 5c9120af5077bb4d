package org.constl.ui.tables.internal;

import org.constl.core.rules.VariableCategory;
import org.constl.ui.tables.CellEditorFactory;
import org.constl.ui.tables.TableSource;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;

/** Translatable text: the cell's texts in each language, in a dialog; a list of them is typed as text. */
public final class TranslationsEditorFactory implements CellEditorFactory {

  @Override
  public ICellEditor create(VariableCategory category, TableSource source) {
    return category.isList() ? new TextEditorFactory().create(category, source) : new TranslationsCellEditor(source);
  }
}
