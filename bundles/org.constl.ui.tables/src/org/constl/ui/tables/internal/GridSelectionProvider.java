package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.ui.tables.CellSelection;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;

/** Publishes the grid's selection as a {@link CellSelection} whenever it changes. */
final class GridSelectionProvider implements ISelectionProvider {

  /** Beyond this many selected cells the selection is given as whole columns, not row keys. */
  static final int MAX_LISTED_CELLS = 100_000;

  private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
  private final TableRows rows;
  private final RowPages pages;
  private final SelectionLayer selectionLayer;
  private final GridColumns columns;
  private ISelection current = StructuredSelection.EMPTY;

  GridSelectionProvider(TableRows rows, RowPages pages, SelectionLayer selectionLayer, GridColumns columns) {
    this.rows = rows;
    this.pages = pages;
    this.selectionLayer = selectionLayer;
    this.columns = columns;
    selectionLayer.addLayerListener(event -> {
      if (event instanceof ISelectionEvent) {
        changed();
      }
    });
  }

  /** Reads the grid's selection again and tells the listeners. */
  void changed() {
    current = read();
    SelectionChangedEvent event = new SelectionChangedEvent(this, current);
    listeners.forEach(listener -> listener.selectionChanged(event));
  }

  private ISelection read() {
    int[] wholeColumns = selectionLayer.getFullySelectedColumnPositions();
    if (wholeColumns.length > 0) {
      return selection(List.of(), columnIds(wholeColumns), true);
    }
    int[] selectedColumns = selectionLayer.getSelectedColumnPositions();
    // Counted before listing: listing a million selected cells would stall the UI.
    if ((long) selectedColumns.length * selectionLayer.getSelectedRowCount() > MAX_LISTED_CELLS) {
      return selection(List.of(), columnIds(selectedColumns), true);
    }
    PositionCoordinate[] cells = selectionLayer.getSelectedCellPositions();
    if (cells.length == 0) {
      return StructuredSelection.EMPTY;
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<Integer> columnPositions = new LinkedHashSet<>();
    for (PositionCoordinate cell : cells) {
      Row row = pages.row(selectionLayer.getRowIndexByPosition(cell.getRowPosition()));
      if (row != null) {
        keys.add(row.key());
        columnPositions.add(selectionLayer.getColumnIndexByPosition(cell.getColumnPosition()));
      }
    }
    return selection(List.copyOf(keys),
        columnIds(columnPositions.stream().mapToInt(Integer::intValue).sorted().toArray()), false);
  }

  /** A selection of these rows and columns, each column labelled as its header is. */
  private CellSelection selection(List<String> rowKeys, List<String> columnIds, boolean wholeColumns) {
    return new CellSelection(rows, rowKeys, columnIds,
        columnIds.stream().map(id -> columns.header(columns.position(id))).toList(), wholeColumns);
  }

  private List<String> columnIds(int[] positions) {
    List<String> ids = new ArrayList<>();
    for (int position : positions) {
      int index = selectionLayer.getColumnIndexByPosition(position);
      if (index >= 0 && index < columns.size()) {
        ids.add(columns.id(index));
      }
    }
    return ids;
  }

  @Override
  public void addSelectionChangedListener(ISelectionChangedListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeSelectionChangedListener(ISelectionChangedListener listener) {
    listeners.remove(listener);
  }

  @Override
  public ISelection getSelection() {
    return current;
  }

  /** The grid's selection is made in the grid; other parts cannot set it. */
  @Override
  public void setSelection(ISelection selection) {
    // Nothing to do: see the comment above.
  }
}
