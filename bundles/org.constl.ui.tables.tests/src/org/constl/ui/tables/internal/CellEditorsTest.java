package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.MultiLineTextCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.junit.jupiter.api.Test;

/** The built-in editors come through the extension point, one for each category. */
class CellEditorsTest {

  private final CellEditors editors = CellEditors.installed();

  @Test
  void eachCategoryHasItsEditor() {
    assertInstanceOf(ComboBoxCellEditor.class, create(BaseCategory.BOOLEAN));
    assertInstanceOf(MultiLineTextCellEditor.class, create(BaseCategory.GEOJSON));
    for (BaseCategory file : new BaseCategory[] {BaseCategory.IMAGE, BaseCategory.AUDIO, BaseCategory.VIDEO,
        BaseCategory.FILE}) {
      assertInstanceOf(FileCellEditor.class, create(file));
    }
    assertInstanceOf(TranslationsCellEditor.class, create(BaseCategory.TRANSLATABLE_TEXT));
    assertEquals(TextCellEditor.class, editors.create(Optional.of(VariableCategory.list(BaseCategory.TRANSLATABLE_TEXT)),
        null).getClass(), "a list of translated texts is typed as text");
    for (BaseCategory text : new BaseCategory[] {BaseCategory.NUMBER, BaseCategory.TIMESTAMP,
        BaseCategory.TIME_INTERVAL, BaseCategory.TEXT}) {
      assertEquals(TextCellEditor.class, create(text).getClass());
    }
    assertInstanceOf(TextCellEditor.class, editors.create(Optional.empty(), null));
  }

  private Object create(BaseCategory category) {
    return editors.create(Optional.of(VariableCategory.simple(category)), null);
  }
}
