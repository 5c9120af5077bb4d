package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.testing.ui.DrawnColours;
import org.constl.testing.ui.Ui;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Each theme as a user sees it: the navigator with a database and its table, a wizard (whose
 * disabled Finish must look disabled), and the column headers of the Problems and Properties
 * views, whose text is measured on the screen.
 */
class ThemesTest extends NavigatorFixture {

  /** WCAG's least contrast for text (AA); grey on white headers were below it in high contrast. */
  private static final double READABLE = 4.5;
  /** Two text colours this far apart tell a disabled button from an enabled one at a glance. */
  private static final double DISTINCT = 1.5;

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
      DialogBot.Pending wizard = DialogBot.whenOpen(display, "New Database", dialog -> {
        dialog.screenshot("theme-" + shortName + "-wizard");
        Button finish = dialog.button("Finish");
        Button cancel = dialog.button("Cancel");
        assertFalse(finish.getEnabled(), "no name yet: Finish is disabled");
        RGB greyed = DrawnColours.buttonText(finish);
        double apart = DrawnColours.contrast(greyed, DrawnColours.buttonText(cancel));
        assertTrue(apart >= DISTINCT, "the disabled Finish looks like the enabled Cancel in " + shortName
            + ": their texts differ " + String.format("%.1f", apart) + ":1, below " + DISTINCT + ":1");
        // Enabled once the page is complete, it no longer looks disabled (as the default button, it
        // may look unlike Cancel).
        dialog.type(0, name + " " + shortName);
        Ui.waitUntil(display, "Finish is enabled and no longer greyed in " + shortName,
            () -> finish.getEnabled() && DrawnColours.contrast(DrawnColours.buttonText(finish), greyed) >= DISTINCT);
        dialog.screenshot("theme-" + shortName + "-wizard-named").press("Cancel");
      });
      navigator.select("Databases").menu("New", "Database...");
      wizard.check();
    }
  }

  /** The tree with column headers whose first column is titled so. */
  private Tree headedTree(String firstColumn) {
    return Ui.find(window.getShell(), Tree.class, tree -> tree.getHeaderVisible() && tree.getColumnCount() > 0
        && tree.getColumn(0).getText().equals(firstColumn))
        .orElseThrow(() -> new AssertionError("no tree with a column " + firstColumn));
  }


  /**
   * The contrast, as drawn, between the header row's background (its commonest colour) and its
   * text (the colour farthest from the background).
   */
  private static double headerContrast(Tree tree) {
    // GTK puts the header above the client area's origin (a negative y): start at the area's top.
    Rectangle area = tree.getClientArea();
    return DrawnColours.of(tree, new Rectangle(0, area.y, area.width, tree.getHeaderHeight())).contrast();
  }
}
