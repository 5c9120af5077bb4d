package org.constl.ui;

import java.util.List;
import java.util.Optional;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;

/**
 * A column of a table, as a selection offers it to domain views: the table editor's selection
 * adapts to it ({@code Adapters.adapt(element, SelectedColumn.class)}) when a column or cells of
 * one column are selected. Read through {@link DomainViews#selectedColumn}.
 */
public interface SelectedColumn {

  String columnId();

  /** What the grid's header shows. */
  String label();

  /** The category of the column's variable, when it has one. */
  Optional<VariableCategory> category();

  /** How many values: the rows under the editor's current filter, or the selected cells. */
  int size();

  /**
   * Values in the editor's current order, from {@code from}, at most {@code count}; a missing
   * cell is {@link IpldValue#NULL}. Read by page: a table may hold a million rows.
   */
  List<IpldValue> values(int from, int count);
}
