package org.constl.ui.tables.internal;

import java.util.List;
import java.util.Optional;
import org.constl.core.rows.TableRows;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.ui.SelectedColumn;
import org.constl.ui.tables.CellSelection;
import org.eclipse.core.runtime.IAdapterFactory;

/**
 * Adapts the grid's {@link CellSelection} to the workbench's {@link SelectedColumn} when it holds
 * one column, so the domain views (a chart of a numeric column) follow the grid. Registered in
 * plugin.xml.
 */
public final class SelectedColumnAdapter implements IAdapterFactory {

  @Override
  public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
    if (adapterType == SelectedColumn.class && adaptable instanceof CellSelection selection
        && selection.columnIds().size() == 1) {
      return adapterType.cast(new Column(selection, GridColumns.of(selection.rows().schema())));
    }
    return null;
  }

  @Override
  public Class<?>[] getAdapterList() {
    return new Class<?>[] {SelectedColumn.class};
  }

  /** The one column of a selection: every row under the filter, or the rows of the selected cells. */
  private record Column(CellSelection selection, GridColumns columns) implements SelectedColumn {

    @Override
    public String columnId() {
      return selection.columnIds().get(0);
    }

    /** As the grid's header shows it, with the column's name (the schema alone knows only its id). */
    @Override
    public String label() {
      return selection.columnLabels().get(0);
    }

    @Override
    public Optional<VariableCategory> category() {
      int position = columns.position(columnId());
      return position < 0 ? Optional.empty() : columns.category(position);
    }

    @Override
    public int size() {
      return selection.wholeColumns() ? selection.rows().size() : selection.rowKeys().size();
    }

    @Override
    public List<IpldValue> values(int from, int count) {
      TableRows rows = selection.rows();
      if (selection.wholeColumns()) {
        return rows.rows(from, count).stream().map(row -> row.cells().getOrDefault(columnId(), IpldValue.NULL)).toList();
      }
      List<String> keys = selection.rowKeys();
      int end = Math.min(keys.size(), from + count);
      return keys.subList(Math.min(from, end), end).stream()
          .map(key -> rows.find(key).map(row -> row.cells().getOrDefault(columnId(), IpldValue.NULL)).orElse(IpldValue.NULL))
          .toList();
    }
  }
}
