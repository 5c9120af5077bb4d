package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

/**
 * On hover over a cell: which rules it breaks and why, one line each, then what
 * {@link CellDisplays} adds (a translatable text's texts in each language, a file's full value);
 * over an image, a larger preview above. A preview still being decoded shows once it is.
 */
final class CellTooltip extends NatTableContentTooltip {

  /** The reasons for the cell at (column index, row index) of the body; empty for none. */
  private final BiFunction<Integer, Integer, List<String>> reasons;
  private final CellDisplays displays;
  /** Where the tooltip shows, while it waits for its preview; null otherwise. */
  private Point waitingAt;

  CellTooltip(NatTable natTable, BiFunction<Integer, Integer, List<String>> reasons, CellDisplays displays) {
    super(natTable, GridRegion.BODY);
    this.reasons = reasons;
    this.displays = displays;
  }

  /** A body cell under the pointer: its column and row indexes, and its stored text. */
  private record Hovered(int column, int row, String stored) {}

  private Optional<Hovered> hovered(Event event) {
    int column = natTable.getColumnPositionByX(event.x);
    int row = natTable.getRowPositionByY(event.y);
    if (column < 0 || row < 0 || !natTable.getRegionLabelsByXY(event.x, event.y).hasLabel(GridRegion.BODY)) {
      return Optional.empty();
    }
    Object value = natTable.getDataValueByPosition(column, row);
    return Optional.of(new Hovered(natTable.getColumnIndexByPosition(column), natTable.getRowIndexByPosition(row),
        value == null ? "" : value.toString()));
  }

  @Override
  protected String getText(Event event) {
    List<String> lines = new ArrayList<>();
    hovered(event).ifPresent(cell -> {
      lines.addAll(reasons.apply(cell.column(), cell.row()));
      lines.addAll(displays.details(cell.column(), cell.stored()));
    });
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  @Override
  protected boolean shouldCreateToolTip(Event event) {
    return super.shouldCreateToolTip(event)
        || hovered(event).filter(cell -> displays.hasPreview(cell.column(), cell.stored())).isPresent();
  }

  @Override
  protected Composite createToolTipContentArea(Event event, Composite parent) {
    Composite area = new Composite(parent, SWT.NONE);
    GridLayout layout = new GridLayout(1, false);
    layout.marginWidth = 0;
    layout.marginHeight = 0;
    area.setLayout(layout);
    area.setBackground(getBackgroundColor(event));
    waitingAt = null;
    hovered(event).filter(cell -> displays.hasPreview(cell.column(), cell.stored())).ifPresent(cell -> {
      Optional<ImageData> preview = displays.preview(cell.column(), cell.stored());
      if (preview.isPresent()) {
        Label picture = new Label(area, SWT.NONE);
        Image image = new Image(parent.getDisplay(), preview.get());
        picture.setImage(image);
        picture.setBackground(getBackgroundColor(event));
        picture.addDisposeListener(disposed -> image.dispose());
      } else if (displays.previewComing(cell.column(), cell.stored())) {
        waitingAt = new Point(event.x, event.y);
      }
    });
    if (getText(event) != null) {
      super.createToolTipContentArea(event, area);
    }
    return area;
  }

  @Override
  protected void afterHideToolTip(Event event) {
    super.afterHideToolTip(event);
    waitingAt = null;
  }

  /** Shows the tooltip again where it waits for a preview, if it does: the preview may be there now. */
  void previewsArrived() {
    Point at = waitingAt;
    if (at != null && !natTable.isDisposed()) {
      hide();
      show(at);
    }
  }
}
