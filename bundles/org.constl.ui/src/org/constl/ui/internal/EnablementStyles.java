package org.constl.ui.internal;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.PlatformUI;

/**
 * Keeps buttons' theme styles in step with whether they are enabled. The high-contrast theme
 * gives a disabled button its own text colour ({@code Button:disabled}): its white text on black
 * hides GTK's own disabled look. The theme engine applies it when it styles a button (made, theme
 * switched, focus or hover changed), but SWT tells no one when a button is enabled or disabled
 * later (a dialog's OK once its fields are right; JFace's wizards alone have their buttons
 * styled again), so the button would keep the look of its first state. GTK repaints a button
 * whose state changed: that paint has it styled again.
 */
final class EnablementStyles implements Listener {

  /** The enabled state a button was last styled in. */
  private static final String STYLED_ENABLED = EnablementStyles.class.getName() + ".enabled";

  private EnablementStyles() {}

  /** Follows every button made from now on (the theme engine styles widgets on the same Skin event). */
  static void install(Display display) {
    display.addListener(SWT.Skin, new EnablementStyles());
  }

  @Override
  public void handleEvent(Event event) {
    if (event.widget instanceof Button button && button.getData(STYLED_ENABLED) == null) {
      button.setData(STYLED_ENABLED, button.getEnabled());
      button.addPaintListener(paint -> painted(button));
    }
  }

  private static void painted(Button button) {
    Boolean enabled = button.getEnabled();
    if (enabled.equals(button.getData(STYLED_ENABLED))) {
      return;
    }
    button.setData(STYLED_ENABLED, enabled);
    // Not inside the paint: the new colour paints the button again.
    button.getDisplay().asyncExec(() -> {
      IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
      if (!button.isDisposed() && engine != null) {
        engine.applyStyles(button, false);
      }
    });
  }
}
