package org.constl.ui.tables.internal;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;

/** An image cell's thumbnail, centred in a square as tall as a row; nothing while it is decoded. */
final class ThumbnailPainter extends AbstractCellPainter {

  private final Thumbnails thumbnails;

  ThumbnailPainter(Thumbnails thumbnails) {
    this.thumbnails = thumbnails;
  }

  @Override
  public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
    Object value = cell.getDataValue();
    if (value == null || value.toString().isBlank()) {
      return;
    }
    Image image = thumbnails.thumbnail(value.toString());
    if (image != null) {
      Rectangle size = image.getBounds();
      gc.drawImage(image, bounds.x + (bounds.width - size.width) / 2, bounds.y + (bounds.height - size.height) / 2);
    }
  }

  @Override
  public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
    return Thumbnails.THUMBNAIL_SIZE;
  }

  @Override
  public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
    return Thumbnails.THUMBNAIL_SIZE;
  }
}
