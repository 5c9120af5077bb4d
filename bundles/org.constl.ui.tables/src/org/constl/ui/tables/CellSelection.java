package org.constl.ui.tables;

import java.util.List;
import java.util.Objects;
import org.constl.core.rows.TableRows;
import org.eclipse.jface.viewers.ISelection;

/**
 * What is selected in a table editor's grid, as the editor publishes it to the workbench's
 * selection service: the table's rows, the selected rows by key and the selected columns by id.
 * Views that follow the grid (a chart of a numeric column, the properties) read the cells
 * through {@link #rows()} ({@link TableRows#find}).
 *
 * <p>When whole columns are selected ({@link #wholeColumns()}), {@link #rowKeys()} is empty: the
 * selection is every row under the grid's filter, which may be millions; page through them with
 * {@link TableRows#rows(int, int)}. Otherwise it lists the rows of the selected cells, in grid
 * order.
 */
public record CellSelection(TableRows rows, List<String> rowKeys, List<String> columnIds, List<String> columnLabels,
    boolean wholeColumns) implements ISelection {

  /**
   * @param columnLabels what the grid's headers call the selected columns, in the order of
   *     {@code columnIds} (a column's name and what it holds, e.g. "Rain (number)")
   */
  public CellSelection {
    Objects.requireNonNull(rows);
    rowKeys = List.copyOf(rowKeys);
    columnIds = List.copyOf(columnIds);
    columnLabels = List.copyOf(columnLabels);
    if (columnLabels.size() != columnIds.size()) {
      throw new IllegalArgumentException(columnLabels.size() + " labels for " + columnIds.size() + " columns");
    }
  }

  @Override
  public boolean isEmpty() {
    return columnIds.isEmpty() || !wholeColumns && rowKeys.isEmpty();
  }
}
