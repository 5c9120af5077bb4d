package org.constl.ui.tables.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.constl.ipld.unixfs.ImportResult;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.constl.storage.BatchingBlockSink;
import org.constl.ui.tables.TableSource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.nebula.widgets.nattable.edit.editor.AbstractCellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/**
 * Shows the cell's {@code <CID>/<name>} and opens a file picker at once; the chosen file is
 * imported as {@code @helia/unixfs} does (so its CID is the one JS peers compute) and the cell
 * gets {@code <CID>/<file name>}, as ipa's {@code ajouterÀSFIP} writes it. Cancelling keeps the cell.
 */
final class FileCellEditor extends AbstractCellEditor {

  private final TableSource source;
  private Text text;

  FileCellEditor(TableSource source) {
    this.source = source;
  }

  @Override
  protected Control activateCell(Composite parent, Object originalCanonicalValue) {
    text = createEditorControl(parent);
    setCanonicalValue(originalCanonicalValue);
    // After the editor shows, so the picker does not open inside NatTable's activation.
    parent.getDisplay().asyncExec(this::pick);
    return text;
  }

  private void pick() {
    if (text == null || text.isDisposed()) {
      return;
    }
    FileDialog dialog = new FileDialog(text.getShell(), SWT.OPEN);
    dialog.setText("Choose the file to store in this cell");
    String chosen = dialog.open();
    if (chosen == null) {
      close();
      return;
    }
    Path file = Path.of(chosen);
    try {
      BatchingBlockSink sink = new BatchingBlockSink(source.files());
      ImportResult result = new UnixFsImporter(sink).importFile(file);
      sink.flush();
      text.setText(result.root() + "/" + file.getFileName());
      commit(MoveDirectionEnum.NONE, true);
    } catch (IOException e) {
      MessageDialog.openError(text.getShell(), "The file was not stored", file + ": " + e.getMessage());
      close();
    }
  }

  @Override
  public Object getEditorValue() {
    return text.getText();
  }

  @Override
  public void setEditorValue(Object value) {
    text.setText(value == null ? "" : value.toString());
  }

  @Override
  public Text getEditorControl() {
    return text;
  }

  @Override
  public Text createEditorControl(Composite parent) {
    Text control = new Text(parent, SWT.READ_ONLY);
    control.setBackground(cellStyle.getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR));
    return control;
  }
}
