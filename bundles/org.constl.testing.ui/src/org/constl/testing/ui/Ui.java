package org.constl.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * A user's keys and clicks, bounded waits for the UI to catch up, and screenshots. Tests run on
 * the UI thread, so nothing else dispatches events while they wait.
 */
public final class Ui {

  /** Long enough for signed writes and a repaint on a loaded 2-core machine; only a bound. */
  private static final long MAX_WAIT_MS = 30_000;
  private static final int MAX_ROUNDS = 2_000;

  private Ui() {}

  /** The first control under {@code root} (itself included, depth first) of that type which {@code matches}. */
  public static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<? super T> matches) {
    if (type.isInstance(root) && matches.test(type.cast(root))) {
      return Optional.of(type.cast(root));
    }
    if (root instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        Optional<T> found = find(child, type, matches);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Dispatches the pending events; bounded, so a view that keeps posting events cannot hang the test. */
  public static void process(Display display) {
    for (int round = 0; round < MAX_ROUNDS && display.readAndDispatch(); round++) {
      // dispatching is the work
    }
  }

  /** Lets pending events and paints run for a moment, e.g. after a theme change. */
  public static void settle(Display display, int milliseconds) {
    long end = System.nanoTime() + milliseconds * 1_000_000L;
    while (System.nanoTime() < end) {
      dispatchOrSleep(display);
    }
  }

  /**
   * Dispatches events until the condition holds; if it never does, fails saying {@code what},
   * with a screenshot of the largest window.
   */
  public static void waitUntil(Display display, String what, BooleanSupplier condition) {
    long end = System.nanoTime() + MAX_WAIT_MS * 1_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("still not true after " + MAX_WAIT_MS + " ms: " + what + screenOfFailure(display, what));
      }
      dispatchOrSleep(display);
    }
  }

  private static void dispatchOrSleep(Display display) {
    if (!display.readAndDispatch()) {
      display.timerExec(20, () -> { });
      display.sleep();
    }
  }

  private static String screenOfFailure(Display display, String what) {
    try {
      Shell largest = Arrays.stream(display.getShells()).filter(Shell::isVisible)
          .max(Comparator.comparingInt(s -> s.getBounds().width * s.getBounds().height)).orElseThrow();
      return "; the screen then: " + screenshot(largest, "failed-" + what.replaceAll("\\W+", "-"));
    } catch (IOException | RuntimeException e) {
      return "; no screenshot: " + e;
    }
  }

  /** A key press without modifiers; see {@link #press(Control, int, int)}. */
  public static void press(Control control, int key) {
    press(control, SWT.NONE, key);
  }

  /**
   * A key press on a control, as its listeners and the workbench's key bindings (a display
   * filter) see it. Sent to the control rather than through the X server: under Xvfb without a
   * window manager no window has the keyboard focus.
   *
   * @param modifiers e.g. {@code SWT.CTRL | SWT.SHIFT}
   * @param key a character, or a key code such as {@code SWT.CR}
   */
  public static void press(Control control, int modifiers, int key) {
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
    settle(display, 50);
  }

  /** Moves the pointer, through the X server: hover tooltips follow the real pointer. */
  public static void moveMouse(Display display, Point onDisplay) {
    Event event = new Event();
    event.type = SWT.MouseMove;
    event.x = onDisplay.x;
    event.y = onDisplay.y;
    display.post(event);
  }

  /** A left click at (x, y) in the control, sent to it (see {@link #press(Control, int, int)}). */
  public static void click(Control control, Point inControl) {
    click(control, inControl, SWT.NONE);
  }

  /** A left click with modifiers held, e.g. {@code SWT.SHIFT}. */
  public static void click(Control control, Point inControl, int modifiers) {
    for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
      Event event = new Event();
      event.x = inControl.x;
      event.y = inControl.y;
      event.button = 1;
      event.count = 1;
      event.stateMask = modifiers;
      control.notifyListeners(type, event);
    }
    settle(control.getDisplay(), 100);
  }

  /** Selecting then double-clicking (or pressing Enter on) an item, as a tree or table reports it. */
  public static void open(Control control, Widget item) {
    Event event = new Event();
    event.item = item;
    control.notifyListeners(SWT.Selection, event);
    Event open = new Event();
    open.item = item;
    control.notifyListeners(SWT.DefaultSelection, open);
    settle(control.getDisplay(), 50);
  }

  /** What the screen shows in an area, after pending paints. */
  public static ImageData capture(Display display, Rectangle onDisplay) {
    settle(display, 100);
    Image image = new Image(display, onDisplay.width, onDisplay.height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, onDisplay.x, onDisplay.y);
      return image.getImageData();
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  /** Where screenshots go: the system property {@code constl.screenshots}, else target/screenshots. */
  public static Path screenshots() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("constl.screenshots", "target/screenshots")));
  }

  /** Saves the screen's area under the shell (tooltips over it included) as {@code NAME.png} in {@link #screenshots()}. */
  public static Path screenshot(Shell shell, String name) throws IOException {
    Display display = shell.getDisplay();
    settle(display, 150);
    Rectangle bounds = shell.getBounds();
    Image image = new Image(display, bounds.width, bounds.height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, bounds.x, bounds.y);
      ImageLoader loader = new ImageLoader();
      loader.data = new ImageData[] {image.getImageData()};
      Path file = screenshots().resolve(name + ".png");
      loader.save(file.toString(), SWT.IMAGE_PNG);
      return file;
    } finally {
      gc.dispose();
      image.dispose();
    }
  }
}
