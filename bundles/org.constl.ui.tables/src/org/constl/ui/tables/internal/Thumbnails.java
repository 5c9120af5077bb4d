package org.constl.ui.tables.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.unixfs.BlockSource;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * The thumbnails and previews of the image cells the grid shows, by their file's CID: decoded on
 * a background thread ({@link ImageDecoding}) and a bounded number kept, the least recently shown
 * let go (thumbnails as SWT images, previews as image data, made into an image only while a
 * tooltip shows one). An image that cannot be shown gets a placeholder, and the reason. UI thread
 * only.
 */
final class Thumbnails implements AutoCloseable {

  /** Fits a grid row. */
  static final int THUMBNAIL_SIZE = 16;
  static final int PREVIEW_SIZE = 240;
  private static final int KEPT_THUMBNAILS = 512;
  private static final int KEPT_PREVIEWS = 16;
  private static final int MAX_WAITING = 64;

  /** An image, or why there is none. */
  private record Thumbnail(Image image, String failure) {}

  private final Display display;
  private final BlockSource files;
  private final Executor ui;
  private final Runnable changed;
  private final NewestFirstWorker<String> worker;
  private final Map<String, Thumbnail> thumbnails = new LinkedHashMap<>(KEPT_THUMBNAILS, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Thumbnail> eldest) {
      if (size() <= KEPT_THUMBNAILS) {
        return false;
      }
      dispose(eldest.getValue());
      return true;
    }
  };
  private final Map<String, ImageData> previews = new LinkedHashMap<>(KEPT_PREVIEWS, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ImageData> eldest) {
      return size() > KEPT_PREVIEWS;
    }
  };
  private Image placeholder;
  private boolean closed;

  /** @param changed called on the UI thread when an image was decoded (to repaint) */
  Thumbnails(Display display, BlockSource files, Runnable changed) {
    this.display = display;
    this.files = files;
    this.ui = UiThread.later(display);
    this.changed = changed;
    worker = new NewestFirstWorker<>("thumbnails of the table's images", MAX_WAITING, this::decode);
  }

  /**
   * What to paint for an image cell holding {@code <CID>/<file name>}: its thumbnail, the
   * placeholder of an image that cannot be shown, or null while it is decoded.
   */
  Image thumbnail(String cellText) {
    Optional<String> cid = cid(cellText);
    if (cid.isEmpty()) {
      return placeholder();
    }
    Thumbnail thumbnail = thumbnails.get(cid.get());
    if (thumbnail == null) {
      worker.request(cid.get());
      return null;
    }
    return thumbnail.image() == null ? placeholder() : thumbnail.image();
  }

  /** The larger preview, once decoded (asked for otherwise). */
  Optional<ImageData> preview(String cellText) {
    Optional<String> cid = cid(cellText);
    if (cid.isEmpty()) {
      return Optional.empty();
    }
    ImageData preview = previews.get(cid.get());
    Thumbnail thumbnail = thumbnails.get(cid.get());
    if (preview == null && (thumbnail == null || thumbnail.image() != null)) {
      worker.request(cid.get());
    }
    return Optional.ofNullable(preview);
  }

  /** Why the cell's image is not shown, once that is known. */
  Optional<String> failure(String cellText) {
    Optional<String> cid = cid(cellText);
    if (cid.isEmpty()) {
      return Optional.of("an image cell holds <CID>/<file name>, not '" + cellText + "'");
    }
    return Optional.ofNullable(thumbnails.get(cid.get())).map(Thumbnail::failure);
  }

  private static Optional<String> cid(String cellText) {
    int slash = cellText.indexOf('/');
    try {
      return slash > 0 ? Optional.of(Cid.parse(cellText.substring(0, slash)).toString()) : Optional.empty();
    } catch (IpldException | IllegalArgumentException notACid) {
      return Optional.empty();
    }
  }

  /** On the worker's thread. */
  private void decode(String cid) {
    try {
      ImageDecoding.Scaled scaled = ImageDecoding.decode(files, Cid.parse(cid), PREVIEW_SIZE, THUMBNAIL_SIZE);
      ui.execute(() -> stored(cid, scaled));
    } catch (ImageDecoding.Unreadable e) {
      ui.execute(() -> failed(cid, e.getMessage()));
    } catch (RuntimeException e) {
      // Bytes no decoder expected: said once, not decoded again at each paint.
      ui.execute(() -> failed(cid, "the image cannot be shown: " + e));
    }
  }

  private void stored(String cid, ImageDecoding.Scaled scaled) {
    if (closed) {
      return;
    }
    dispose(thumbnails.put(cid, new Thumbnail(new Image(display, scaled.thumbnail()), null)));
    previews.put(cid, scaled.preview());
    changed.run();
  }

  private void failed(String cid, String why) {
    if (closed) {
      return;
    }
    dispose(thumbnails.put(cid, new Thumbnail(null, why)));
    changed.run();
  }

  private static void dispose(Thumbnail thumbnail) {
    if (thumbnail != null && thumbnail.image() != null) {
      thumbnail.image().dispose();
    }
  }

  /** A grey square crossed in red: an image is meant to be here, and cannot be shown. */
  private Image placeholder() {
    if (placeholder == null) {
      int size = THUMBNAIL_SIZE;
      placeholder = new Image(display, size, size);
      GC gc = new GC(placeholder);
      try {
        gc.setBackground(new Color(display, 238, 238, 238));
        gc.fillRectangle(0, 0, size, size);
        gc.setForeground(new Color(display, 110, 110, 110));
        gc.drawRectangle(0, 0, size - 1, size - 1);
        gc.setForeground(new Color(display, 176, 0, 32));
        gc.setLineWidth(2);
        gc.drawLine(4, 4, size - 5, size - 5);
        gc.drawLine(size - 5, 4, 4, size - 5);
      } finally {
        gc.dispose();
      }
    }
    return placeholder;
  }

  @Override
  public void close() {
    closed = true;
    worker.close();
    thumbnails.values().forEach(Thumbnails::dispose);
    thumbnails.clear();
    previews.clear();
    if (placeholder != null) {
      placeholder.dispose();
    }
  }
}
