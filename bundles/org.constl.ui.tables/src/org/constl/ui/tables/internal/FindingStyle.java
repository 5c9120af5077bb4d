package org.constl.ui.tables.internal;

import java.util.List;
import java.util.function.Function;
import org.constl.core.rows.TableRows.Row;
import org.constl.core.rules.Finding;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * Cells that break a rule: a pale red fill, dark text and a thick dark red frame. The grid keeps
 * its own light colours in every workbench theme, and the frame stays visible when the cell is
 * selected, so the mark reads the same in light, dark and high-contrast themes and without colour
 * vision (the frame, not only the hue, marks the cell).
 */
final class FindingStyle extends AbstractRegistryConfiguration {

  static final String LABEL = "FINDING";
  /** Labels of the cells of a column, for its editor and its check: {@code COLUMN_<position>}. */
  static final String COLUMN_LABEL_PREFIX = "COLUMN_";

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

  @Override
  public void configureRegistry(IConfigRegistry registry) {
    Display display = Display.getCurrent();
    Style style = new Style();
    style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(display, 255, 221, 221));
    style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, new Color(display, 0, 0, 0));
    style.setAttributeValue(CellStyleAttributes.BORDER_STYLE,
        new BorderStyle(2, new Color(display, 176, 0, 32), LineStyleEnum.SOLID));
    registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, LABEL);
    Style selected = new Style();
    selected.setAttributeValue(CellStyleAttributes.BORDER_STYLE,
        new BorderStyle(2, new Color(display, 176, 0, 32), LineStyleEnum.SOLID));
    registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT, LABEL);
  }
}
