package org.constl.ui.internal;

import java.util.function.BooleanSupplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/** Lets the UI thread catch up; tests run on it, so nothing else dispatches events meanwhile. */
final class UiEvents {

  private static final int MAX_ROUNDS = 2_000;
  /** Long enough for signed writes and a repaint on a loaded 2-core machine; only a bound. */
  private static final long MAX_WAIT_MS = 30_000;

  private UiEvents() {}

  static void process(Display display) {
    for (int round = 0; round < MAX_ROUNDS && display.readAndDispatch(); round++) {
      // Bounded: a view that keeps posting events must not hang the test.
    }
  }

  /** Waits (bounded) for a few paint cycles, e.g. after a theme change. */
  static void settle(Display display, int milliseconds) {
    long end = System.nanoTime() + milliseconds * 1_000_000L;
    while (System.nanoTime() < end) {
      if (!display.readAndDispatch()) {
        display.timerExec(20, () -> { });
        display.sleep();
      }
    }
  }

  /** Dispatches events until the condition holds; fails saying {@code what} if it never does. */
  static void waitUntil(Display display, String what, BooleanSupplier condition) {
    long end = System.nanoTime() + MAX_WAIT_MS * 1_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("still not true after " + MAX_WAIT_MS + " ms: " + what);
      }
      if (!display.readAndDispatch()) {
        display.timerExec(20, () -> { });
        display.sleep();
      }
    }
  }

  /**
   * A key press on a control, as its listeners and the workbench's key bindings (a display
   * filter) see it. Sent to the control: under Xvfb without a window manager no window has the
   * keyboard focus, so keys posted to the X server would go nowhere.
   */
  static void press(Control control, int key) {
    control.setFocus();
    for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
      Event event = new Event();
      event.keyCode = key;
      event.character = (key & SWT.KEYCODE_BIT) == 0 ? (char) key : '\0';
      event.doit = true;
      control.notifyListeners(type, event);
    }
    settle(control.getDisplay(), 50);
  }

  /** Selecting then double-clicking (or pressing Enter on) an item, as a tree or table reports it. */
  static void open(Control control, Widget item) {
    Event event = new Event();
    event.item = item;
    control.notifyListeners(SWT.Selection, event);
    Event open = new Event();
    open.item = item;
    control.notifyListeners(SWT.DefaultSelection, open);
    settle(control.getDisplay(), 50);
  }
}
