package org.constl.ui.tables.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * What the table editor's UI tests do as a user: press keys and click, wait (bounded) for the
 * grid to catch up, and save what the screen shows.
 */
final class Ui {

  /** Long enough for a store write and a repaint on a loaded 2-core machine; only a bound. */
  private static final long MAX_WAIT_MS = 20_000;

  private Ui() {}

  /** Dispatches events until the condition holds; fails with {@code what} if it never does. */
  static void waitUntil(Display display, String what, BooleanSupplier condition) {
    long end = System.nanoTime() + MAX_WAIT_MS * 1_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        String shot = "";
        try {
          Shell largest = Arrays.stream(display.getShells()).filter(Shell::isVisible)
              .max(Comparator.comparingInt(s -> s.getBounds().width * s.getBounds().height)).orElseThrow();
          shot = "; the screen then: " + screenshot(largest, "failed-" + what.replaceAll("\\W+", "-"));
        } catch (IOException | RuntimeException e) {
          shot = "; no screenshot: " + e;
        }
        throw new AssertionError("still not true after " + MAX_WAIT_MS + " ms: " + what + shot);
      }
      if (!display.readAndDispatch()) {
        display.timerExec(20, () -> { });
        display.sleep();
      }
    }
  }

  /** Lets pending events and paints run for a moment. */
  static void settle(Display display, int milliseconds) {
    long end = System.nanoTime() + milliseconds * 1_000_000L;
    while (System.nanoTime() < end) {
      if (!display.readAndDispatch()) {
        display.timerExec(20, () -> { });
        display.sleep();
      }
    }
  }

  /**
   * A key press on a control, as its listeners and the workbench's key bindings (a display
   * filter) see it. Sent to the control rather than through the X server: under Xvfb without a
   * window manager no window has the keyboard focus.
   *
   * @param modifiers e.g. {@code SWT.CTRL | SWT.SHIFT}
   * @param key a character, or a key code such as {@code SWT.CR}
   */
  static void press(Control control, int modifiers, int key) {
    Display display = control.getDisplay();
    boolean character = (key & SWT.KEYCODE_BIT) == 0;
    for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
      Event event = new Event();
      event.keyCode = key;
      // With Ctrl, GTK gives the control character (Ctrl+Z is 0x1a), not the letter.
      char typed = key == SWT.CR ? '\r' : (modifiers & SWT.CTRL) != 0 ? (char) (key & 0x1f) : (char) key;
      event.character = character ? typed : '\0';
      event.stateMask = modifiers;
      event.doit = true;
      if (control.isDisposed()) {
        break; // the key press closed it (Enter commits and closes a cell editor)
      }
      control.notifyListeners(type, event);
    }
    settle(display, 30);
  }

  static void moveMouse(Display display, Point onDisplay) {
    Event event = new Event();
    event.type = SWT.MouseMove;
    event.x = onDisplay.x;
    event.y = onDisplay.y;
    display.post(event);
  }

  /** A left click at (x, y) in the control, sent to it (see {@link #press}). */
  static void click(Control control, Point inControl) {
    for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
      Event event = new Event();
      event.x = inControl.x;
      event.y = inControl.y;
      event.button = 1;
      event.count = 1;
      control.notifyListeners(type, event);
    }
    settle(control.getDisplay(), 100);
  }

  /** Saves the screen's area under the shell (tooltips over it included) as target/screenshots/NAME.png. */
  static Path screenshot(Shell shell, String name) throws IOException {
    Display display = shell.getDisplay();
    settle(display, 150);
    Rectangle bounds = shell.getBounds();
    Image image = new Image(display, bounds.width, bounds.height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, bounds.x, bounds.y);
      ImageLoader loader = new ImageLoader();
      loader.data = new ImageData[] {image.getImageData()};
      Path folder = Files.createDirectories(Path.of(System.getProperty("constl.screenshots", "target/screenshots")));
      Path file = folder.resolve(name + ".png");
      loader.save(file.toString(), SWT.IMAGE_PNG);
      return file;
    } finally {
      gc.dispose();
      image.dispose();
    }
  }
}
