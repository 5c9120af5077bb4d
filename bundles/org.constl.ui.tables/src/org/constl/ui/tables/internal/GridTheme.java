package org.constl.ui.tables.internal;

import org.constl.ui.Theme;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.command.VisualRefreshCommand;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeConfigAttributes;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.cell.AlternatingRowConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionConfigAttributes;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;

/**
 * The grid's colours in each workbench theme. The CSS engine styles SWT's own widgets, not what
 * NatTable paints (its colours are in its configuration): without this the grid stayed light, dark
 * text on white, in the dark and high-contrast themes. Body text is at least 4.5:1 on its
 * background in every theme; a cell with findings keeps a fill and a thick frame of its own, so it
 * stands out from plain and selected cells alike.
 */
record GridTheme(Color background, Color stripe, Color text, Color headerBackground, Color headerText, Color selection,
    Color selectionText, Color selectedHeader, Color selectedHeaderText, Color lines, Color anchor, Color frozenEdge,
    Color finding, Color findingText, Color findingFrame) {

  static final GridTheme LIGHT = new GridTheme(rgb(0xFFFFFF), rgb(0xF6F5F4), rgb(0x2E3436), rgb(0xF6F5F4), rgb(0x2E3436),
      rgb(0xCFE0F5), rgb(0x000000), rgb(0x1A5FB4), rgb(0xFFFFFF), rgb(0xC0BFBC), rgb(0x1A5FB4), rgb(0x1A5FB4),
      rgb(0xFFDDDD), rgb(0x000000), rgb(0xB00020));
  static final GridTheme DARK = new GridTheme(rgb(0x262626), rgb(0x2E2E2E), rgb(0xDDDDDD), rgb(0x3A3A3A), rgb(0xDDDDDD),
      rgb(0x264F78), rgb(0xFFFFFF), rgb(0x5E5E5E), rgb(0xFFFFFF), rgb(0x4A4A4A), rgb(0x8AB4F8), rgb(0x8AB4F8),
      rgb(0x6B1F1F), rgb(0xFFFFFF), rgb(0xFF7B7B));
  /** As the theme's style sheet: white on black, yellow for what is selected, no subtle greys. */
  static final GridTheme HIGH_CONTRAST = new GridTheme(rgb(0x000000), rgb(0x000000), rgb(0xFFFFFF), rgb(0x000000), rgb(0xFFFFFF),
      rgb(0xFFFF00), rgb(0x000000), rgb(0xFFFF00), rgb(0x000000), rgb(0xFFFFFF), rgb(0x00FFFF), rgb(0xFFFF00),
      rgb(0x700000), rgb(0xFFFFFF), rgb(0xFF0000));

  /** The frame of a cell with findings: thick, to read without colour vision. */
  private static final int FINDING_FRAME_WIDTH = 2;

  static GridTheme of(Theme theme) {
    return switch (theme) {
      case LIGHT -> LIGHT;
      case DARK -> DARK;
      case HIGH_CONTRAST -> HIGH_CONTRAST;
    };
  }

  /** Gives a configured grid these colours and repaints it; again at each theme switch. */
  void applyTo(NatTable grid) {
    IConfigRegistry registry = grid.getConfigRegistry();
    colour(registry, DisplayMode.NORMAL, null, background, text);
    // Every other row a shade apart (the grid layer's labels), to follow a row across.
    colour(registry, DisplayMode.NORMAL, AlternatingRowConfigLabelAccumulator.ODD_ROW_CONFIG_TYPE, background, text);
    colour(registry, DisplayMode.NORMAL, AlternatingRowConfigLabelAccumulator.EVEN_ROW_CONFIG_TYPE, stripe, text);
    for (String header : new String[] {GridRegion.COLUMN_HEADER, GridRegion.ROW_HEADER, GridRegion.CORNER}) {
      colour(registry, DisplayMode.NORMAL, header, headerBackground, headerText);
      colour(registry, DisplayMode.SELECT, header, selectedHeader, selectedHeaderText);
    }
    for (String full : new String[] {SelectionStyleLabels.COLUMN_FULLY_SELECTED_STYLE,
        SelectionStyleLabels.ROW_FULLY_SELECTED_STYLE}) {
      colour(registry, DisplayMode.SELECT, full, selectedHeader, selectedHeaderText);
    }
    colour(registry, DisplayMode.SELECT, null, selection, selectionText);
    colour(registry, DisplayMode.SELECT, SelectionStyleLabels.SELECTION_ANCHOR_STYLE, selection, selectionText);
    BorderStyle anchorFrame = new BorderStyle(1, anchor, LineStyleEnum.SOLID);
    style(registry, DisplayMode.NORMAL, SelectionStyleLabels.SELECTION_ANCHOR_STYLE)
        .setAttributeValue(CellStyleAttributes.BORDER_STYLE, anchorFrame);
    style(registry, DisplayMode.SELECT, SelectionStyleLabels.SELECTION_ANCHOR_STYLE)
        .setAttributeValue(CellStyleAttributes.BORDER_STYLE, anchorFrame);
    style(registry, DisplayMode.SELECT, SelectionStyleLabels.SELECTION_ANCHOR_GRID_LINE_STYLE)
        .setAttributeValue(CellStyleAttributes.BORDER_STYLE, new BorderStyle(1, anchor, LineStyleEnum.DOTTED));
    registry.registerConfigAttribute(SelectionConfigAttributes.SELECTION_GRID_LINE_STYLE,
        new BorderStyle(1, anchor, LineStyleEnum.DOTTED));
    registry.registerConfigAttribute(CellConfigAttributes.GRID_LINE_COLOR, lines);
    registry.registerConfigAttribute(FreezeConfigAttributes.SEPARATOR_COLOR, frozenEdge);
    BorderStyle findingBorder = new BorderStyle(FINDING_FRAME_WIDTH, findingFrame, LineStyleEnum.SOLID);
    IStyle marked = style(registry, DisplayMode.NORMAL, FindingStyle.LABEL);
    marked.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, finding);
    marked.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, findingText);
    marked.setAttributeValue(CellStyleAttributes.BORDER_STYLE, findingBorder);
    // Selected, the cell takes the selection's colours and keeps its frame.
    style(registry, DisplayMode.SELECT, FindingStyle.LABEL).setAttributeValue(CellStyleAttributes.BORDER_STYLE,
        findingBorder);
    // Below the last row and right of the last column.
    grid.setBackground(background);
    grid.doCommand(new VisualRefreshCommand());
  }

  private static void colour(IConfigRegistry registry, DisplayMode mode, String label, Color background, Color text) {
    IStyle style = style(registry, mode, label);
    style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
    style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, text);
  }

  /** The style registered for exactly this mode and label (its font and alignment kept), or a new one. */
  private static IStyle style(IConfigRegistry registry, DisplayMode mode, String label) {
    IStyle style = registry.getSpecificConfigAttribute(CellConfigAttributes.CELL_STYLE, mode, label);
    if (style == null) {
      style = new Style();
      registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, mode, label);
    }
    return style;
  }

  private static Color rgb(int hex) {
    return new Color(hex >> 16 & 0xFF, hex >> 8 & 0xFF, hex & 0xFF);
  }
}
