package org.constl.ui.tables.internal;

import java.util.List;
import java.util.function.Function;
import org.constl.core.rows.TableRows.Row;
import org.constl.core.rules.Finding;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;

/**
 * The labels of the grid's body cells: a cell that breaks a rule is drawn with a fill and a thick
 * frame of the theme's ({@link GridTheme}), the frame kept when the cell is selected, so the mark
 * reads without colour vision (the frame, not only the hue, marks the cell).
 */
final class FindingStyle {

  static final String LABEL = "FINDING";
  /** Labels of the cells of a column, for its editor and its check: {@code COLUMN_<position>}. */
  static final String COLUMN_LABEL_PREFIX = "COLUMN_";

  private FindingStyle() {}

  /** Adds {@link #LABEL} to cells with findings and the column's label to every body cell. */
  static IConfigLabelAccumulator labels(Function<Integer, Row> rowAt, Function<Row, List<Finding>> findings,
      Function<Integer, String> columnIdAt) {
    return (LabelStack labels, int column, int row) -> {
      labels.addLabel(COLUMN_LABEL_PREFIX + column);
      Row shown = rowAt.apply(row);
      if (shown == null) {
        return;
      }
      String columnId = columnIdAt.apply(column);
      if (findings.apply(shown).stream().anyMatch(f -> f.columnId().equals(columnId))) {
        labels.addLabelOnTop(LABEL);
      }
    };
  }
}
