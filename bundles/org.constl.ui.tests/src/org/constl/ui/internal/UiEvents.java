package org.constl.ui.internal;

import org.eclipse.swt.widgets.Display;

/** Lets the UI thread catch up; tests run on it, so nothing else dispatches events meanwhile. */
final class UiEvents {

  private static final int MAX_ROUNDS = 2_000;

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
}
