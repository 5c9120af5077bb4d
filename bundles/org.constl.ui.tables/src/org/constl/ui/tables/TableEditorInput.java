package org.constl.ui.tables;

import java.util.Objects;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Opens a Constellation table in the table editor ({@link #EDITOR_ID}):
 * {@code page.openEditor(new TableEditorInput(id, name, source), TableEditorInput.EDITOR_ID)}.
 * Two inputs are equal when they name the same table, so a table opens in one editor only.
 */
public final class TableEditorInput implements IEditorInput {

  /** The id of the table editor in {@code org.eclipse.ui.editors}. */
  public static final String EDITOR_ID = "org.constl.ui.tables.editor";

  private final String tableId;
  private final String name;
  private final TableSource source;

  /**
   * @param tableId the table's id (the address of its database; a table opened without its root
   *     may give its rows' database): the databases of its translatable text cells share this
   *     database's controller
   * @param name what the editor's tab shows
   */
  public TableEditorInput(String tableId, String name, TableSource source) {
    this.tableId = Objects.requireNonNull(tableId);
    this.name = Objects.requireNonNull(name);
    this.source = Objects.requireNonNull(source);
  }

  public String tableId() {
    return tableId;
  }

  public TableSource source() {
    return source;
  }

  @Override
  public boolean exists() {
    return false;
  }

  @Override
  public ImageDescriptor getImageDescriptor() {
    return ImageDescriptor.getMissingImageDescriptor();
  }

  @Override
  public String getName() {
    return name;
  }

  /** Not restored after a restart: the table's source is not known then. */
  @Override
  public IPersistableElement getPersistable() {
    return null;
  }

  @Override
  public String getToolTipText() {
    return name + " (" + tableId + ")";
  }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TableEditorInput that && tableId.equals(that.tableId);
  }

  @Override
  public int hashCode() {
    return tableId.hashCode();
  }
}
