package org.constl.ui.tables.internal;

import org.constl.core.rules.VariableCategory;
import org.constl.ui.tables.CellEditorFactory;
import org.constl.ui.tables.TableSource;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;

/** Images, audio, video and other files: chosen with a file picker and stored as UnixFS blocks. */
public final class FileEditorFactory implements CellEditorFactory {

  @Override
  public ICellEditor create(VariableCategory category, TableSource files) {
    return new FileCellEditor(files);
  }
}
