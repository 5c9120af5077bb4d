package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constl.storage.DataFolder;
import org.constl.testing.ui.Ui;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workbench as a user first sees it, in a real window. */
class WorkbenchTest {

  private static final List<String> PERSPECTIVE_VIEWS = List.of(DataNavigatorView.ID,
      NetworkView.ID, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW,
      IPageLayout.ID_PROP_SHEET);

  private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  private final Display display = window.getShell().getDisplay();

  @AfterEach
  void backToTheLightTheme() {
    IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
    engine.setTheme(GeneralPreferencePage.THEMES.get(0), false);
    Ui.settle(display, 200);
  }

  @Test
  void theWindowIsTitledConstellationWithTheFourMenus() {
    Shell shell = window.getShell();
    assertEquals("Constellation", shell.getText());
    List<String> menus = new ArrayList<>();
    for (MenuItem item : shell.getMenuBar().getItems()) {
      menus.add(item.getText().replace("&", ""));
    }
    assertEquals(List.of("File", "Edit", "Window", "Help"), menus);
  }

  @Test
  void theCurationPerspectiveHasEveryView() throws Exception {
    IWorkbenchPage page = window.getActivePage();
    assertEquals(ConstellationWorkbenchAdvisor.PERSPECTIVE_ID, page.getPerspective().getId());
    for (String id : PERSPECTIVE_VIEWS) {
      assertNotNull(page.findViewReference(id), "not in the perspective: " + id);
      IViewPart view = page.showView(id);
      assertNotNull(view, id);
      assertTrue(page.isPartVisible(view), "not visible: " + id);
    }
    page.showView(DataNavigatorView.ID);
    page.showView(IPageLayout.ID_PROBLEM_VIEW);
    Path shot = Ui.screenshot(window.getShell(), "workbench-light");
    assertTrue(Files.size(shot) > 10_000, "the screenshot is suspiciously small: " + shot);
  }

  @Test
  void theDataViewShowsTheOpenDataFolder() {
    DataFolder folder = Services.find(DataFolder.class);
    assertNotNull(folder, "the application must publish the data folder it opened");
    Path expected = Path.of(System.getProperty("constl.data")).toAbsolutePath().normalize();
    assertEquals(expected, folder.path());
  }

  @Test
  void aboutListsTheVersions() throws Exception {
    AboutDialog dialog = new AboutDialog(window.getShell());
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      Ui.process(display);
      Table table = find(dialog.getShell(), Table.class);
      List<String> names = Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
      assertTrue(names.containsAll(List.of("Constellation Workbench", "Eclipse workbench", "Java",
          "Data folder")), names.toString());
      TableItem first = table.getItem(0);
      assertTrue(first.getText(1).startsWith("0.1.0"), first.getText(1));
      Ui.screenshot(dialog.getShell(), "about");
    } finally {
      dialog.close();
    }
  }

  @Test
  void thePreferencePageOpensWithTheDataFolderAndTheThemes() throws Exception {
    PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(),
        GeneralPreferencePage.ID, new String[] {GeneralPreferencePage.ID}, null);
    dialog.setBlockOnOpen(false);
    dialog.open();
    try {
      Ui.process(display);
      GeneralPreferencePage page = assertInstanceOf(GeneralPreferencePage.class, dialog.getSelectedPage());
      assertNotNull(page.getControl());
      Combo themes = find(page.getControl(), Combo.class);
      assertEquals(List.of("Light", "Dark", "High contrast"), List.of(themes.getItems()));
      Text folder = find(page.getControl(), Text.class);
      assertTrue(Path.of(folder.getText()).isAbsolute(), folder.getText());
      Ui.screenshot(dialog.getShell(), "preferences");
    } finally {
      dialog.close();
    }
  }

  @Test
  void theDarkAndHighContrastThemesDarkenTheViews() throws Exception {
    IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
    IWorkbenchPage page = window.getActivePage();
    Control tree = ((DataNavigatorView) page.showView(DataNavigatorView.ID)).viewerControl();
    assertTrue(luminance(tree.getBackground()) > 0.5, "light theme should start light");

    engine.setTheme("org.constl.ui.theme.dark", false);
    Ui.settle(display, 500);
    assertEquals("org.constl.ui.theme.dark", engine.getActiveTheme().getId());
    Ui.screenshot(window.getShell(), "workbench-dark");
    assertTrue(luminance(tree.getBackground()) < 0.3, "dark theme left the tree light");

    engine.setTheme("org.constl.ui.theme.highcontrast", false);
    Ui.settle(display, 500);
    Ui.screenshot(window.getShell(), "workbench-high-contrast");
    assertEquals(0.0, luminance(tree.getBackground()), 0.01, "high contrast is black");
    // GTK reports the foreground it was given, not what it draws: count the pixels drawn white.
    // Four category names in white: a few hundred light pixels; none at all if drawn black on black.
    assertTrue(lightPixels(tree) > 100, "no white text in the high-contrast tree");
  }

  /** How many of the control's pixels, as drawn on screen, are light. */
  private static int lightPixels(Control control) {
    Rectangle size = control.getBounds();
    Point origin = control.toDisplay(0, 0);
    Image image = new Image(control.getDisplay(), size.width, size.height);
    GC gc = new GC(control.getDisplay());
    try {
      gc.copyArea(image, origin.x, origin.y);
      ImageData data = image.getImageData();
      int bright = 0;
      for (int y = 0; y < data.height; y++) {
        for (int x = 0; x < data.width; x++) {
          RGB rgb = data.palette.getRGB(data.getPixel(x, y));
          if (rgb.red > 160 && rgb.green > 160 && rgb.blue > 160) {
            bright++;
          }
        }
      }
      return bright;
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  private static double luminance(Color color) {
    return (0.2126 * color.getRed() + 0.7152 * color.getGreen() + 0.0722 * color.getBlue()) / 255;
  }

  /** The first control of that type in the tree of controls under the root, depth first. */
  private static <T extends Control> T find(Control root, Class<T> type) {
    return Ui.find(root, type, control -> true)
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " under " + root));
  }

}
