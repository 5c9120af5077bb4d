package org.constl.ui.internal;

import org.constl.testing.ui.Ui;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The workbench window at a fixed size with the data navigator shown, and the light theme back
 * after each test. The data folder outlives a run, so tests mark their names with {@link #run}.
 */
abstract class NavigatorFixture {

  final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  final IWorkbenchPage page = window.getActivePage();
  final Display display = window.getShell().getDisplay();
  final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  NavigatorBot navigator;

  @BeforeEach
  void showTheNavigator() throws Exception {
    window.getShell().setBounds(0, 0, 1280, 800);
    navigator = new NavigatorBot(page);
    navigator.waitFor("Databases (");
  }

  @AfterEach
  void lightTheme() {
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(GeneralPreferencePage.THEMES.get(0), false);
    Ui.settle(display, 200);
  }
}
