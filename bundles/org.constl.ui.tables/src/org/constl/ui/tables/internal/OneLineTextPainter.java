package org.constl.ui.tables.internal;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;

/**
 * Paints a cell's text on one line, its line breaks shown as ⏎: rows keep one height (a grid of a
 * million rows cannot measure each), and a text of several lines does not spill out of its cell.
 * The cell editor still gets the text with its line breaks.
 */
final class OneLineTextPainter extends TextPainter {

  @Override
  protected String convertDataType(ILayerCell cell, IConfigRegistry configRegistry) {
    return super.convertDataType(cell, configRegistry).replace("\r\n", "\n").replace("\n", " ⏎ ");
  }
}
