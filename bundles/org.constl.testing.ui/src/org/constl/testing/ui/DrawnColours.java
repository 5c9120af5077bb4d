package org.constl.testing.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/**
 * The colours a text is drawn in on the screen, as a user sees them, and how far apart two
 * colours are (WCAG's contrast ratio): what theme tests measure.
 */
public final class DrawnColours {

  /** Pixels left out at a button's edges: its frame is not its text. */
  private static final int BUTTON_FRAME = 6;

  private DrawnColours() {}

  /** The background of an area drawn with text (its commonest colour), and its text (the colour farthest from it). */
  public record Drawn(RGB background, RGB text) {

    public double contrast() {
      return DrawnColours.contrast(text, background);
    }
  }

  /** The colours of an area of the screen. */
  public static Drawn of(Control control, Rectangle inControl) {
    Point corner = control.toDisplay(inControl.x, inControl.y);
    return of(Ui.capture(control.getDisplay(), new Rectangle(corner.x, corner.y, inControl.width, inControl.height)));
  }

  /** The colour of a button's text, inside its frame. */
  public static RGB buttonText(Control button) {
    Point size = button.getSize();
    return of(button, new Rectangle(BUTTON_FRAME, BUTTON_FRAME, size.x - 2 * BUTTON_FRAME, size.y - 2 * BUTTON_FRAME))
        .text();
  }

  private static Drawn of(ImageData data) {
    Map<RGB, Integer> counts = new HashMap<>();
    for (int y = 0; y < data.height; y++) {
      for (int x = 0; x < data.width; x++) {
        counts.merge(data.palette.getRGB(data.getPixel(x, y)), 1, Integer::sum);
      }
    }
    RGB background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return new Drawn(background,
        counts.keySet().stream().max(Comparator.comparingDouble(rgb -> contrast(rgb, background))).orElseThrow());
  }

  /** WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black and white). */
  public static double contrast(RGB a, RGB b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(RGB rgb) {
    return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
