package org.constl.ui.tables.internal;

import java.util.concurrent.Executor;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/** Hands work from background threads to the UI thread. */
final class UiThread {

  private UiThread() {}

  /** Runs tasks later on the display's thread; once the display is gone (the workbench closing) they are dropped. */
  static Executor later(Display display) {
    return task -> {
      try {
        if (!display.isDisposed()) {
          display.asyncExec(task);
        }
      } catch (SWTException disposedMeanwhile) {
        // Nothing left to show it in.
      }
    };
  }
}
