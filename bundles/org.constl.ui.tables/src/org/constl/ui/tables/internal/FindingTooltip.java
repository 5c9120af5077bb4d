package org.constl.ui.tables.internal;

import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.swt.widgets.Event;

/** On hover over a marked cell: which rules it breaks and why, one line each. */
final class FindingTooltip extends NatTableContentTooltip {

  /** The reasons for the cell at (column index, row index) of the body; empty for none. */
  private final BiFunction<Integer, Integer, List<String>> reasons;

  FindingTooltip(NatTable natTable, BiFunction<Integer, Integer, List<String>> reasons) {
    super(natTable, GridRegion.BODY);
    this.reasons = reasons;
  }

  @Override
  protected String getText(Event event) {
    int column = natTable.getColumnPositionByX(event.x);
    int row = natTable.getRowPositionByY(event.y);
    if (column < 0 || row < 0) {
      return null;
    }
    List<String> lines = reasons.apply(natTable.getColumnIndexByPosition(column), natTable.getRowIndexByPosition(row));
    return lines.isEmpty() ? null : String.join("\n", lines);
  }
}
