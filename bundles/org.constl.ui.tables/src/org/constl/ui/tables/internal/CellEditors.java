package org.constl.ui.tables.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ui.tables.CellEditorFactory;
import org.constl.ui.tables.TableSource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;

/**
 * The cell editors of the extension point {@value #POINT}, one per category: the built-in ones
 * are contributed there like any other, and a contribution from another bundle replaces them.
 */
final class CellEditors {

  static final String POINT = "org.constl.ui.tables.cellEditors";
  private static final String OWN_BUNDLE = "org.constl.ui.tables";

  private final Map<BaseCategory, CellEditorFactory> factories = new EnumMap<>(BaseCategory.class);

  private CellEditors() {}

  static CellEditors installed() {
    CellEditors editors = new CellEditors();
    Map<BaseCategory, Boolean> builtIn = new EnumMap<>(BaseCategory.class);
    for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
      Optional<BaseCategory> category = BaseCategory.fromStored(element.getAttribute("category"));
      if (category.isEmpty()) {
        ILog.of(CellEditors.class).warn(element.getContributor().getName() + ": no variable category '"
            + element.getAttribute("category") + "' for a cell editor");
        continue;
      }
      boolean own = OWN_BUNDLE.equals(element.getContributor().getName());
      if (editors.factories.containsKey(category.get()) && (own || !builtIn.get(category.get()))) {
        continue;
      }
      try {
        editors.factories.put(category.get(), (CellEditorFactory) element.createExecutableExtension("class"));
        builtIn.put(category.get(), own);
      } catch (CoreException | ClassCastException e) {
        ILog.of(CellEditors.class).error("cell editor of " + element.getContributor().getName(), e);
      }
    }
    return editors;
  }

  /** The editor of a column of that category; a column without a variable is edited as text. */
  ICellEditor create(Optional<VariableCategory> category, TableSource source) {
    CellEditorFactory factory = category.map(c -> factories.get(c.base())).orElse(null);
    return factory == null ? new TextEditorFactory().create(category.orElse(VariableCategory.simple(BaseCategory.TEXT)),
        source) : factory.create(category.get(), source);
  }
}
