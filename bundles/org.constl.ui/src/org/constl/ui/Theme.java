package org.constl.ui;

import java.util.function.Consumer;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;

/**
 * The workbench's colour themes (their style sheets are {@code css/<theme>.css}), for what the
 * CSS engine does not style: a widget that paints itself, such as the table editor's grid, takes
 * its colours from the theme and follows the user's switch.
 */
public enum Theme {
  LIGHT("org.constl.ui.theme.light"),
  DARK("org.constl.ui.theme.dark"),
  HIGH_CONTRAST("org.constl.ui.theme.highcontrast");

  /** What {@link #follow} gives: closing it stops the following. */
  public interface Following extends AutoCloseable {
    @Override
    void close();
  }

  private final String id;

  Theme(String id) {
    this.id = id;
  }

  /** The theme's id in the theme engine (plugin.xml). */
  public String id() {
    return id;
  }

  /** The theme in use; light when the theme engine has none of these (a bare workbench). */
  public static Theme active() {
    IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
    ITheme theme = engine == null ? null : engine.getActiveTheme();
    return theme == null ? LIGHT : of(theme.getId());
  }

  private static Theme of(String id) {
    for (Theme theme : values()) {
      if (theme.id.equals(id)) {
        return theme;
      }
    }
    return LIGHT;
  }

  /**
   * Tells {@code changed}, on the UI thread, each theme the user switches to (after the theme
   * engine styled the widgets) until the returned handle is closed.
   */
  public static Following follow(Consumer<Theme> changed) {
    IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
    if (broker == null) {
      return () -> { };
    }
    EventHandler handler = event -> {
      Object theme = event.getProperty(IThemeEngine.Events.THEME);
      changed.accept(theme instanceof ITheme given ? of(given.getId()) : active());
    };
    broker.subscribe(IThemeEngine.Events.THEME_CHANGED, handler);
    return () -> broker.unsubscribe(handler);
  }
}
