package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.testing.ui.Ui;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Each theme as a user sees it: the navigator with a database and its table, a wizard, and the
 * column headers of the Problems and Properties views, whose text is measured on the screen.
 */
class ThemesTest extends NavigatorFixture {

  /** WCAG's least contrast for text (AA); grey on white headers were below it in high contrast. */
  private static final double READABLE = 4.5;

  @Test
  void theNavigatorAWizardAndTheViewsHeadersAreReadableInEveryTheme() throws Exception {
    Constellation constellation = Services.find(Constellation.class);
    String name = "Themes " + run;
    String database = constellation.databases().create(NewDatabaseWizard.DEFAULT_LICENCE, Optional.empty());
    constellation.databases().setName(database, "en", name);
    String table = constellation.databases().addTable(database, Optional.empty());
    constellation.tables().setName(table, "en", "Readings");
    navigator.waitFor("Databases", name, "Readings");
    navigator.select("Databases", name, "Readings");
    page.showView(IPageLayout.ID_PROBLEM_VIEW);
    page.showView(IPageLayout.ID_PROP_SHEET);
    page.activate(navigator.view());
    Tree problems = headedTree("Description");
    Tree properties = headedTree("Property");

    for (String theme : GeneralPreferencePage.THEMES) {
      String shortName = theme.substring(theme.lastIndexOf('.') + 1);
      PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(theme, false);
      Ui.settle(display, 500);
      Ui.screenshot(window.getShell(), "theme-" + shortName + "-navigator");
      for (Tree headed : new Tree[] {problems, properties}) {
        double contrast = headerContrast(headed);
        assertTrue(contrast >= READABLE, "the column headers of " + headed.getColumn(0).getText() + "… in " + shortName
            + " contrast " + String.format("%.1f", contrast) + ":1, below " + READABLE + ":1");
      }
      DialogBot.Pending wizard = DialogBot.whenOpen(display, "New Database",
          dialog -> dialog.screenshot("theme-" + shortName + "-wizard").press("Cancel"));
      navigator.select("Databases").menu("New", "Database...");
      wizard.check();
    }
  }

  /** The tree with column headers whose first column is titled so. */
  private Tree headedTree(String firstColumn) {
    Tree found = findTree(window.getShell(), firstColumn);
    if (found == null) {
      throw new AssertionError("no tree with a column " + firstColumn);
    }
    return found;
  }

  private static Tree findTree(Control control, String firstColumn) {
    if (control instanceof Tree tree && tree.getHeaderVisible() && tree.getColumnCount() > 0
        && tree.getColumn(0).getText().equals(firstColumn)) {
      return tree;
    }
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        Tree found = findTree(child, firstColumn);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The contrast, as drawn, between the header row's background (its commonest colour) and its
   * text (the colour farthest from the background).
   */
  private double headerContrast(Tree tree) {
    // GTK puts the header above the client area's origin (a negative y): start at the area's top.
    Point origin = tree.toDisplay(0, tree.getClientArea().y);
    int width = tree.getClientArea().width;
    int height = tree.getHeaderHeight();
    Image image = new Image(display, width, height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, origin.x, origin.y);
      ImageData data = image.getImageData();
      Map<RGB, Integer> counts = new HashMap<>();
      for (int y = 0; y < data.height; y++) {
        for (int x = 0; x < data.width; x++) {
          counts.merge(data.palette.getRGB(data.getPixel(x, y)), 1, Integer::sum);
        }
      }
      RGB background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return counts.keySet().stream().mapToDouble(rgb -> contrast(rgb, background)).max().orElse(1);
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  /** WCAG's contrast ratio of two colours. */
  private static double contrast(RGB a, RGB b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(RGB rgb) {
    return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
