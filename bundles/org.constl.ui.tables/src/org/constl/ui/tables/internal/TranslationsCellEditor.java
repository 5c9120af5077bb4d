package org.constl.ui.tables.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.constl.core.objects.ConstellationException;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.ui.Names;
import org.constl.ui.tables.TableSource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.edit.editor.IEditErrorHandler;
import org.eclipse.nebula.widgets.nattable.edit.gui.AbstractDialogCellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;

/**
 * Edits a translatable text cell's texts in a {@link TranslationsDialog}: those of the database the
 * cell holds, or, for a cell holding a plain string, that string in the user's language. A key
 * typed on the cell starts the user's language's text with it. The grid gets an
 * {@link EditedTranslations}, not a text, and writes it as one undoable edit.
 */
final class TranslationsCellEditor extends AbstractDialogCellEditor {

  private final TableSource source;
  private final String yourLanguage = Names.language();
  /** What the editor was opened with: the stored value, or a key typed on the cell. */
  private Object opened;
  private Optional<String> address = Optional.empty();
  private Map<String, String> before = Map.of();
  private boolean closed = true;

  TranslationsCellEditor(TableSource source) {
    this.source = source;
  }

  @Override
  public TranslationsDialog createDialogInstance() {
    closed = false;
    // Made in open(), once the cell's texts are read.
    return null;
  }

  @Override
  public TranslationsDialog getDialogInstance() {
    return (TranslationsDialog) dialog;
  }

  /** The stored text, never the shown translation (the grid's display converter is for painting). */
  @Override
  public void setCanonicalValue(Object canonicalValue) {
    setEditorValue(canonicalValue);
  }

  @Override
  public Object getCanonicalValue(IEditErrorHandler conversionErrorHandler) {
    return getEditorValue();
  }

  @Override
  public void setEditorValue(Object value) {
    opened = value;
  }

  @Override
  public int open() {
    Map<String, String> initial;
    try {
      initial = initialTexts();
    } catch (ConstellationException e) {
      closed = true;
      MessageDialog.openError(parent.getShell(), "The translations cannot be edited", e.getMessage());
      return Window.CANCEL;
    }
    dialog = new TranslationsDialog(parent.getShell(), yourLanguage, initial);
    int result = getDialogInstance().open();
    if (result == Window.OK) {
      commit(MoveDirectionEnum.NONE, true, true);
    }
    closed = true;
    return result;
  }

  /** Reads the cell's texts, and starts from them (with the key typed, if one was). */
  private Map<String, String> initialTexts() {
    Object stored = layerCell.getDataValue();
    String storedText = stored == null ? "" : stored.toString();
    address = OrbitDbAddress.isValid(storedText) ? Optional.of(storedText) : Optional.empty();
    before = address.map(a -> source.translations().texts(a)).orElse(Map.of());
    Map<String, String> initial = new LinkedHashMap<>(before);
    String typed;
    if (!Objects.equals(opened, stored)) {
      typed = String.valueOf(opened); // a key typed on the cell
    } else if (address.isEmpty()) {
      typed = storedText; // a plain string: the user's language's text, until saved as such
    } else {
      typed = "";
    }
    if (!typed.isBlank()) {
      initial.put(yourLanguage, typed);
    }
    return initial;
  }

  @Override
  public EditedTranslations getEditorValue() {
    return new EditedTranslations(address, before, dialog == null ? before : getDialogInstance().texts());
  }

  /** One cell at a time: each has its own database of texts. */
  @Override
  public boolean supportMultiEdit(IConfigRegistry configRegistry, List<String> configLabels) {
    return false;
  }

  @Override
  public void close() {
    if (dialog != null) {
      getDialogInstance().close();
    }
    closed = true;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }
}
