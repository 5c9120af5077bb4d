package org.constl.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A resizable dialog listing an object's parts in a table, a row each, with buttons under it that
 * act on the selected one, and Close: each change is written at once, so there is nothing to cancel.
 *
 * @param <T> what a row shows
 */
abstract class ItemListDialog<T> extends Dialog {

  /** Narrow columns would cut short headers such as "Index". */
  private static final int MIN_COLUMN_WIDTH = 80;

  private final String title;
  private final List<String> headers;
  private final Point sizeHint;
  private Table table;

  ItemListDialog(Shell shell, String title, List<String> headers, Point sizeHint) {
    super(shell);
    this.title = title;
    this.headers = headers;
    this.sizeHint = sizeHint;
  }

  /** The rows to show, read again on each {@link #fill()}. */
  abstract List<T> items();

  /** A row's text, a cell a header. */
  abstract List<String> cells(T item);

  /** What stays the same when an item is changed, to keep it selected. */
  abstract Object identity(T item);

  /** Adds the buttons, with {@link #button}, to the row under the table. */
  abstract void createButtons(Composite row);

  /** Enables the buttons for the selection. */
  abstract void enableButtons();

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(title);
  }

  @Override
  protected boolean isResizable() {
    return true;
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    headers.forEach(header -> new TableColumn(table, SWT.NONE).setText(header));
    GridDataFactory.fillDefaults().grab(true, true).hint(sizeHint).applyTo(table);
    Composite buttons = new Composite(area, SWT.NONE);
    createButtons(buttons);
    GridLayoutFactory.fillDefaults().numColumns(buttons.getChildren().length).equalWidth(true).applyTo(buttons);
    table.addListener(SWT.Selection, event -> enableButtons());
    fill();
    return area;
  }

  Table table() {
    return table;
  }

  static Button button(Composite row, String text, String tip, Runnable action) {
    Button button = new Button(row, SWT.PUSH);
    button.setText(text);
    button.setToolTipText(tip);
    button.addListener(SWT.Selection, event -> action.run());
    GridDataFactory.fillDefaults().applyTo(button);
    return button;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
  }

  @Override
  protected void buttonPressed(int buttonId) {
    close();
  }

  /** Shows the items again, after a change, with the same one selected. */
  void fill() {
    Optional<Object> kept = Optional.ofNullable(selected()).map(this::identity);
    table.removeAll();
    for (T item : items()) {
      TableItem row = new TableItem(table, SWT.NONE);
      row.setText(cells(item).toArray(String[]::new));
      row.setData(item);
      if (kept.isPresent() && Objects.equals(kept.get(), identity(item))) {
        table.setSelection(row);
      }
    }
    for (TableColumn header : table.getColumns()) {
      header.pack();
      header.setWidth(Math.max(header.getWidth(), MIN_COLUMN_WIDTH));
    }
    enableButtons();
  }

  /** The selected item, or null. */
  @SuppressWarnings("unchecked") // only fill() sets a row's data, to a T
  T selected() {
    TableItem[] selection = table.getSelection();
    return selection.length == 1 ? (T) selection[0].getData() : null;
  }
}
