package org.constl.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;

/**
 * Plays a user from a thread of its own: finds menus, shells and buttons by what they say and
 * works them through SWT events on the UI thread, so modal dialogs run as they do for people.
 */
final class UiRobot {

  private static final long WAIT_SECONDS = 180;

  private final Display display;
  private final Path screenshots;

  UiRobot(Display display, Path screenshots) {
    this.display = display;
    this.screenshots = screenshots;
  }

  /** Runs on the UI thread and returns the result. */
  <T> T ui(Supplier<T> action) {
    AtomicReference<T> result = new AtomicReference<>();
    display.syncExec(() -> result.set(action.get()));
    return result.get();
  }

  /** Polls (bounded) until the probe, run on the UI thread, gives something. */
  <T> T await(String what, Supplier<T> probe) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      T found = ui(probe);
      if (found != null && !Boolean.FALSE.equals(found)) {
        return found;
      }
      pause();
    }
    throw new IllegalStateException("gave up waiting for " + what);
  }

  static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Chooses menu > item > ... from the shell's menu bar; the last item's action runs later. */
  void chooseMenu(Shell shell, String... path) {
    MenuItem item = await("menu " + String.join(" > ", path), () -> {
      Menu menu = shell.getMenuBar();
      MenuItem found = null;
      for (String label : path) {
        if (menu == null) {
          return null;
        }
        menu.notifyListeners(SWT.Show, new Event());
        found = Arrays.stream(menu.getItems()).filter(i -> plain(i.getText()).equals(label)).findFirst().orElse(null);
        if (found == null) {
          return null;
        }
        menu = found.getMenu();
      }
      return found;
    });
    // Later, not now: the item may open a modal dialog, which would hold this thread.
    display.asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
  }

  Shell awaitShell(String title) {
    return await("a window titled " + title, () -> Arrays.stream(display.getShells())
        .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst().orElse(null));
  }

  /** The window that has a button saying this, e.g. a dialog whose title is not known in advance. */
  Shell awaitShellWithButton(String label) {
    return await("a window with a button " + label, () -> Arrays.stream(display.getShells())
        .filter(s -> !s.isDisposed() && s.isVisible() && find(s, Button.class, b -> plain(b.getText()).equals(label)) != null)
        .findFirst().orElse(null));
  }

  /**
   * Ticks a row of a check-box table as a click on its box does: the box changes, then the row
   * is selected; viewers hear of both.
   */
  static void tick(TableItem item) {
    item.setChecked(true);
    Event check = new Event();
    check.item = item;
    check.detail = SWT.CHECK;
    item.getParent().notifyListeners(SWT.Selection, check);
    Event select = new Event();
    select.item = item;
    item.getParent().notifyListeners(SWT.Selection, select);
  }

  /** Presses the button that says this (mnemonics aside), once it is enabled. */
  void press(Shell shell, String label) {
    Button button = await("an enabled button " + label, () -> {
      Button found = find(shell, Button.class, b -> plain(b.getText()).equals(label));
      return found != null && found.isEnabled() ? found : null;
    });
    display.asyncExec(() -> {
      if (!button.isDisposed()) {
        button.notifyListeners(SWT.Selection, new Event());
      }
    });
  }

  static String plain(String text) {
    return text.replace("&", "").replace("…", "").replace("...", "").strip();
  }

  static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
    if (type.isInstance(root) && test.test(type.cast(root))) {
      return type.cast(root);
    }
    if (root instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        T found = find(child, type, test);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  static <T extends Control> List<T> findAll(Control root, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (type.isInstance(root)) {
      found.add(type.cast(root));
    }
    if (root instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        found.addAll(findAll(child, type));
      }
    }
    return found;
  }

  /** What the shell shows on screen, as a PNG, after the pending paints. */
  Path screenshot(Shell shell, String name) throws IOException {
    Files.createDirectories(screenshots);
    Path file = screenshots.resolve(name + ".png");
    // GTK draws on its frame clock, not when asked: give it a few frames to show the last change.
    for (int frame = 0; frame < 5; frame++) {
      ui(() -> {
        shell.update();
        while (display.readAndDispatch()) {
          // Pending paints and events first.
        }
        return null;
      });
      pause();
    }
    String error = ui(() -> {
      Rectangle bounds = shell.getBounds();
      Image image = new Image(display, bounds.width, bounds.height);
      GC gc = new GC(display);
      try {
        gc.copyArea(image, bounds.x, bounds.y);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return null;
      } catch (RuntimeException e) {
        return e.toString();
      } finally {
        gc.dispose();
        image.dispose();
      }
    });
    if (error != null) {
      throw new IOException("screenshot " + name + " failed: " + error);
    }
    return file;
  }
}
