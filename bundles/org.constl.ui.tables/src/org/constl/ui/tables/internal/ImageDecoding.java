package org.constl.ui.tables.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.ipld.unixfs.UnixFsExporter;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * An image cell's file read back from its UnixFS blocks and decoded with SWT (no display needed,
 * so off the UI thread), scaled down to a preview and a thumbnail. Memory stays bounded whatever
 * the bytes: a file larger than {@link #MAX_FILE_BYTES} is not read, and an image whose header
 * declares more than {@link #MAX_PIXELS} pixels is not decoded (a small PNG can declare a canvas
 * of gigabytes).
 */
final class ImageDecoding {

  static final long MAX_FILE_BYTES = 20_000_000;
  /** A 24-megapixel photo: at most about 100 MB while it is decoded. */
  static final long MAX_PIXELS = 24_000_000;
  private static final PaletteData RGB_PALETTE = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

  /** An image scaled to fit a preview's square and a thumbnail's. */
  record Scaled(ImageData preview, ImageData thumbnail) {}

  /** Why an image cannot be shown, said to the user as it is. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason);
    }
  }

  private ImageDecoding() {}

  static Scaled decode(BlockSource blocks, Cid file, int previewSize, int thumbnailSize) throws Unreadable {
    ImageData image = decode(bytes(blocks, file));
    ImageData preview = fit(image, previewSize);
    return new Scaled(preview, fit(preview, thumbnailSize));
  }

  private static byte[] bytes(BlockSource blocks, Cid file) throws Unreadable {
    UnixFsExporter exporter = new UnixFsExporter(blocks);
    try {
      long size = exporter.fileSize(file);
      if (size > MAX_FILE_BYTES) {
        throw new Unreadable("the file has " + size / 1_000_000 + " MB; images of up to " + MAX_FILE_BYTES / 1_000_000
            + " MB are previewed");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
      exporter.export(file, out);
      return out.toByteArray();
    } catch (IpldException | IOException e) {
      throw new Unreadable("its file cannot be read here: " + e.getMessage());
    }
  }

  static ImageData decode(byte[] bytes) throws Unreadable {
    long pixels = declaredPixels(bytes);
    if (pixels > MAX_PIXELS) {
      throw new Unreadable("the image has " + pixels / 1_000_000 + " megapixels; images of up to "
          + MAX_PIXELS / 1_000_000 + " megapixels are previewed");
    }
    ImageData[] frames;
    try {
      frames = new ImageLoader().load(new ByteArrayInputStream(bytes));
    } catch (SWTError | RuntimeException e) {
      // SWTException and the decoders' own failures on bytes they do not expect.
      throw new Unreadable("the file is not an image that can be shown: " + e.getMessage());
    }
    if (frames.length == 0 || (long) frames[0].width * frames[0].height > MAX_PIXELS) {
      throw new Unreadable("the file is not an image that can be shown");
    }
    return frames[0];
  }

  /** The pixels the image's header declares, read without decoding it. */
  private static long declaredPixels(byte[] bytes) throws Unreadable {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new Unreadable("the file is not an image in a format shown here (PNG, JPEG, GIF, BMP or TIFF)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return (long) reader.getWidth(0) * reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("the file is not a readable image: " + e.getMessage());
    }
  }

  /**
   * The image scaled down to fit a square of {@code size} pixels, each pixel the average of those
   * it covers (its transparency too); an image that fits already is kept as it is.
   */
  static ImageData fit(ImageData image, int size) {
    if (image.width <= size && image.height <= size) {
      return image;
    }
    double scale = Math.min((double) size / image.width, (double) size / image.height);
    int width = Math.max(1, (int) Math.round(image.width * scale));
    int height = Math.max(1, (int) Math.round(image.height * scale));
    ImageData scaled = new ImageData(width, height, 24, RGB_PALETTE);
    scaled.alphaData = new byte[width * height];
    Averages sums = new Averages(width);
    int[] pixels = new int[image.width];
    byte[] alphas = new byte[image.width];
    RGB[] colours = image.palette.isDirect ? null : image.palette.getRGBs();
    int row = 0;
    for (int y = 0; y < image.height; y++) {
      int target = (int) ((long) y * height / image.height);
      if (target != row) {
        sums.writeRow(scaled, row);
        row = target;
      }
      image.getPixels(0, y, image.width, pixels, 0);
      if (image.alphaData != null) {
        image.getAlphas(0, y, image.width, alphas, 0);
      }
      for (int x = 0; x < image.width; x++) {
        int alpha = image.alphaData != null ? alphas[x] & 0xFF
            : image.alpha != -1 ? image.alpha : pixels[x] == image.transparentPixel ? 0 : 255;
        sums.add((int) ((long) x * width / image.width), rgb(image.palette, colours, pixels[x]), alpha);
      }
    }
    sums.writeRow(scaled, row);
    return scaled;
  }

  /** A pixel's colour as 0xRRGGBB, as {@link PaletteData#getRGB} reads it but without an object per pixel. */
  private static int rgb(PaletteData palette, RGB[] colours, int pixel) {
    if (colours != null) {
      RGB colour = pixel >= 0 && pixel < colours.length ? colours[pixel] : null;
      return colour == null ? 0 : colour.red << 16 | colour.green << 8 | colour.blue;
    }
    return channel(pixel, palette.redMask, palette.redShift) << 16 | channel(pixel, palette.greenMask, palette.greenShift) << 8
        | channel(pixel, palette.blueMask, palette.blueShift);
  }

  private static int channel(int pixel, int mask, int shift) {
    int value = pixel & mask;
    return (shift < 0 ? value >>> -shift : value << shift) & 0xFF;
  }

  /** The sums of one row of the scaled image, colours weighted by their opacity. */
  private static final class Averages {
    private final long[] red;
    private final long[] green;
    private final long[] blue;
    private final long[] alpha;
    private final long[] count;

    Averages(int width) {
      red = new long[width];
      green = new long[width];
      blue = new long[width];
      alpha = new long[width];
      count = new long[width];
    }

    void add(int x, int rgb, int opacity) {
      red[x] += (long) (rgb >> 16 & 0xFF) * opacity;
      green[x] += (long) (rgb >> 8 & 0xFF) * opacity;
      blue[x] += (long) (rgb & 0xFF) * opacity;
      alpha[x] += opacity;
      count[x]++;
    }

    void writeRow(ImageData scaled, int y) {
      int[] row = new int[red.length];
      for (int x = 0; x < red.length; x++) {
        long weight = Math.max(1, alpha[x]);
        row[x] = (int) (red[x] / weight) << 16 | (int) (green[x] / weight) << 8 | (int) (blue[x] / weight);
        scaled.alphaData[y * red.length + x] = (byte) (count[x] == 0 ? 0 : alpha[x] / count[x]);
      }
      scaled.setPixels(0, y, red.length, row, 0);
      Arrays.fill(red, 0);
      Arrays.fill(green, 0);
      Arrays.fill(blue, 0);
      Arrays.fill(alpha, 0);
      Arrays.fill(count, 0);
    }
  }
}
