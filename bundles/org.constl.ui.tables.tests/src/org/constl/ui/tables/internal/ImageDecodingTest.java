package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.constl.ipld.Cid;
import org.constl.ipld.unixfs.MemoryBlockStore;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** Image cells' files decoded and scaled off the UI thread: bounded whatever the bytes, failures said. */
class ImageDecodingTest {

  private static final PaletteData RGB_PALETTE = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

  @Test
  void aStoredImageGivesAPreviewAndAThumbnailThatKeepItsShape() throws Exception {
    MemoryBlockStore blocks = new MemoryBlockStore();
    Cid file = store(blocks, png(solid(600, 400, 0x1478C8)));
    ImageDecoding.Scaled scaled = ImageDecoding.decode(blocks, file, 240, 16);
    assertEquals(240, scaled.preview().width);
    assertEquals(160, scaled.preview().height);
    assertEquals(16, scaled.thumbnail().width);
    assertEquals(11, scaled.thumbnail().height);
    assertEquals(new RGB(0x14, 0x78, 0xC8), scaled.thumbnail().palette.getRGB(scaled.thumbnail().getPixel(8, 5)));
    assertEquals(255, scaled.thumbnail().getAlpha(8, 5));
  }

  @Test
  void eachScaledPixelIsTheAverageOfThoseItCoversWeightedByOpacity() {
    // Four columns: black, white, then red twice with the second fully transparent.
    ImageData image = new ImageData(4, 2, 24, RGB_PALETTE);
    image.alphaData = new byte[8];
    Arrays.fill(image.alphaData, (byte) 255);
    for (int y = 0; y < 2; y++) {
      image.setPixel(0, y, 0x000000);
      image.setPixel(1, y, 0xFFFFFF);
      image.setPixel(2, y, 0xFF0000);
      image.setPixel(3, y, 0x00FF00);
      image.setAlpha(3, y, 0);
    }
    ImageData scaled = ImageDecoding.fit(image, 2);
    assertEquals(2, scaled.width);
    assertEquals(1, scaled.height);
    assertEquals(new RGB(127, 127, 127), scaled.palette.getRGB(scaled.getPixel(0, 0)));
    assertEquals(255, scaled.getAlpha(0, 0));
    assertEquals(new RGB(255, 0, 0), scaled.palette.getRGB(scaled.getPixel(1, 0)), "a transparent pixel adds no colour");
    assertEquals(127, scaled.getAlpha(1, 0), "but half the opacity");
    assertSame(image, ImageDecoding.fit(image, 4), "an image that fits is kept as it is");
  }

  @Test
  void anIndexedImageIsReadThroughItsPalette() {
    ImageData image = new ImageData(2, 1, 8, new PaletteData(new RGB(0, 0, 0), new RGB(200, 100, 50)));
    image.setPixel(0, 0, 1);
    image.setPixel(1, 0, 1);
    ImageData scaled = ImageDecoding.fit(image, 1);
    assertEquals(new RGB(200, 100, 50), scaled.palette.getRGB(scaled.getPixel(0, 0)));
  }

  @Test
  void whatCannotBeShownIsRefusedWithTheReasonNeverDecodedPastTheBounds() throws Exception {
    assertTrue(refusal("these bytes are no image".getBytes(StandardCharsets.UTF_8)).contains("not an image in a format shown here"));
    // A header that declares 900 megapixels: refused before anything is allocated for them.
    assertTrue(refusal(pngHeader(30_000, 30_000)).contains("900 megapixels"));

    MemoryBlockStore elsewhere = new MemoryBlockStore();
    Cid notHere = store(elsewhere, new byte[300_000]);
    ImageDecoding.Unreadable missing = assertThrows(ImageDecoding.Unreadable.class,
        () -> ImageDecoding.decode(new MemoryBlockStore(), notHere, 240, 16));
    assertTrue(missing.getMessage().startsWith("its file cannot be read here"), missing.getMessage());
    MemoryBlockStore large = new MemoryBlockStore();
    Cid tooLarge = store(large, new byte[(int) ImageDecoding.MAX_FILE_BYTES + 1]);
    ImageDecoding.Unreadable refused = assertThrows(ImageDecoding.Unreadable.class,
        () -> ImageDecoding.decode(large, tooLarge, 240, 16));
    assertTrue(refused.getMessage().contains("images of up to 20 MB"), refused.getMessage());
  }

  /** Damaged files, cut short or with bytes changed: an image within the bounds, or a refusal; nothing else. */
  @Test
  void damagedBytesGiveAnImageOrARefusalNeverAnotherFailure() {
    byte[] png = png(solid(64, 64, 0x808080));
    List<byte[]> damaged = new ArrayList<>();
    for (int length = 9; length < png.length; length += 7) {
      damaged.add(Arrays.copyOf(png, length));
    }
    for (int at = 8; at < png.length; at += 5) {
      byte[] changed = png.clone();
      changed[at] ^= (byte) 0x5A;
      damaged.add(changed);
    }
    int refused = 0;
    for (byte[] bytes : damaged) {
      try {
        ImageData image = ImageDecoding.decode(bytes);
        assertTrue((long) image.width * image.height <= ImageDecoding.MAX_PIXELS);
      } catch (ImageDecoding.Unreadable e) {
        refused++;
      }
    }
    assertTrue(refused > 0, "some of " + damaged.size() + " damaged files are refused");
  }

  private static String refusal(byte[] bytes) {
    return assertThrows(ImageDecoding.Unreadable.class, () -> ImageDecoding.decode(bytes)).getMessage();
  }

  private static Cid store(MemoryBlockStore blocks, byte[] content) throws Exception {
    return new UnixFsImporter(blocks).importStream(new ByteArrayInputStream(content)).root();
  }

  static ImageData solid(int width, int height, int rgb) {
    ImageData data = new ImageData(width, height, 24, RGB_PALETTE);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        data.setPixel(x, y, rgb);
      }
    }
    return data;
  }

  static byte[] png(ImageData data) {
    ImageLoader loader = new ImageLoader();
    loader.data = new ImageData[] {data};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    loader.save(out, SWT.IMAGE_PNG);
    return out.toByteArray();
  }

  /** A PNG's signature and header chunk declaring an image of this size, as a hostile file may. */
  static byte[] pngHeader(int width, int height) {
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", header.array());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
