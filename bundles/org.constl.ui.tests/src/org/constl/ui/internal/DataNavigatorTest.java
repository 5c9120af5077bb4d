package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.DatabaseInfo;
import org.constl.core.objects.TableInfo;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.TableColumn;
import org.constl.testing.ui.Ui;
import org.constl.ui.Names;
import org.constl.ui.OpenTable;
import org.constl.ui.Theme;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * A curator's first steps in the data navigator, as they would do them: two variables, a database
 * with the wizard, a table with both as columns, then renaming, copying and deleting. What the
 * wizards wrote is read back through the objects API. The data folder outlives a run, so names
 * carry this run's mark.
 */
class DataNavigatorTest extends NavigatorFixture {

  @Test
  void aCuratorCreatesADatabaseWithATableOfTwoVariablesThenRenamesCopiesAndDeletes() throws Exception {
    String rain = "Rain " + run;
    String station = "Station " + run;
    String database = "Rainfall " + run;
    newVariable(rain, "Number", "mm", "wizard-new-variable");
    newVariable(station, "Text, not translated", "", null);
    navigator.waitFor("Variables", rain);
    navigator.waitFor("Variables", station);

    DialogBot.Pending databaseWizard = DialogBot.whenOpen(display, "New Database", dialog -> {
      assertTrue(!dialog.button("Finish").isEnabled(), "a database needs a name");
      dialog.type(0, database).choose(0, "CC-BY-4_0").screenshot("wizard-new-database").press("Finish");
    });
    navigator.select("Databases").menu("New", "Database...");
    databaseWizard.check();
    navigator.waitFor("Databases", database);

    DialogBot.Pending tableWizard = DialogBot.whenOpen(display, "New Table", dialog -> {
      dialog.type(0, "Readings").press("Next");
      Table variables = dialog.table();
      for (TableItem item : variables.getItems()) {
        item.setChecked(item.getText(0).equals(rain) || item.getText(0).equals(station));
        if (item.getText(0).equals(station)) {
          variables.setSelection(item);
        }
      }
      dialog.press("Make an index column");
      dialog.screenshot("wizard-new-table-columns").press("Finish");
    });
    navigator.select("Databases", database).menu("New", "Table...");
    tableWizard.check();
    navigator.waitFor("Databases", database, "Readings");

    // What the wizards wrote, read back from the account.
    Constellation constellation = Services.find(Constellation.class);
    DatabaseInfo written = databaseNamed(constellation, database);
    assertEquals("CC-BY-4_0", written.licence());
    assertEquals(1, written.tables().size());
    TableInfo table = constellation.tables().get(written.tables().get(0).id());
    String rainId = variableNamed(constellation, rain).id();
    VariableInfo stationVariable = variableNamed(constellation, station);
    assertEquals(BaseCategory.TEXT, stationVariable.category().orElseThrow().base());
    assertEquals(Optional.of("mm"), constellation.variables().get(rainId).unit());
    assertEquals(List.of(rainId, stationVariable.id()).stream().sorted().toList(),
        table.columns().stream().map(c -> c.variableId().orElseThrow()).sorted().toList());
    assertEquals(List.of(Optional.of(stationVariable.id())), table.columns().stream().filter(TableColumn::index)
        .map(TableColumn::variableId).toList());

    // The Properties view follows the selection.
    navigator.select("Databases", database);
    page.showView(IPageLayout.ID_PROP_SHEET);
    page.activate(navigator.view());
    Ui.waitUntil(display, "the Properties view shows the licence",
        () -> "CC-BY-4_0".equals(navigator.property("Licence")));
    navigator.select("Databases", database, "Readings");
    Ui.waitUntil(display, "the Properties view shows the index column by its variable's name",
        () -> station.equals(navigator.property("Index")));
    assertEquals(List.of(rain, station + " (index)"),
        List.of(navigator.property("Columns").split(", ")).stream().sorted().toList());
    Ui.settle(display, 300);
    Ui.screenshot(window.getShell(), "navigator-light");
    theme(Theme.DARK.id());
    Ui.screenshot(window.getShell(), "navigator-dark");
    theme(GeneralPreferencePage.THEMES.get(0));

    navigator.select("Databases", database, "Readings");
    assertEquals(List.of("New", "Open", "Validate", "Columns...", "Add Rule...", "Rules...", "Rename...", "Copy",
        "Copy without Rows", "Delete"), navigator.menuLabels());

    // A double-click on a table asks the table editor to open it.
    List<String> opened = new ArrayList<>();
    IHandlerService handlers = window.getService(IHandlerService.class);
    IHandlerActivation editor = handlers.activateHandler(OpenTable.OPEN_COMMAND, new AbstractHandler() {
      @Override
      public Object execute(ExecutionEvent event) {
        opened.add(event.getParameter(OpenTable.TABLE_ID_PARAMETER));
        return null;
      }
    });
    try {
      navigator.open("Databases", database, "Readings");
    } finally {
      handlers.deactivateHandler(editor);
    }
    assertEquals(List.of(table.id()), opened);

    // F2 renames, in the user's language.
    String renamed = "Rain gauges " + run;
    DialogBot.Pending rename = DialogBot.whenOpen(display, "Rename", dialog -> dialog.type(0, renamed).press("OK"));
    navigator.select("Databases", database).press(SWT.F2);
    rename.check();
    navigator.waitFor("Databases", renamed);
    assertEquals(renamed, constellation.databases().get(written.id()).names().get(Names.language()));

    // Copy runs as a job; the copy has its own table.
    navigator.select("Databases", renamed).menu("Copy");
    navigator.waitFor("Databases", "Copy of " + renamed, "Readings");

    // The Delete key deletes, once confirmed.
    DialogBot.Pending deleteTable = DialogBot.whenOpen(display, "Delete", dialog -> dialog.press("Delete"));
    navigator.select("Databases", renamed, "Readings").press(SWT.DEL);
    deleteTable.check();
    Ui.waitUntil(display, "the table is gone", () -> navigator.children("Databases", renamed).isEmpty());
    assertEquals(List.of(), constellation.databases().get(written.id()).tables());

    DialogBot.Pending cancelled = DialogBot.whenOpen(display, "Delete", dialog -> dialog.press("Cancel"));
    navigator.select("Variables", rain).menu("Delete");
    cancelled.check();
    assertTrue(navigator.shows("Variables", rain), "cancelling deletes nothing");

    for (List<String> path : List.of(List.of("Databases", "Copy of " + renamed), List.of("Databases", renamed),
        List.of("Variables", rain), List.of("Variables", station))) {
      DialogBot.Pending delete = DialogBot.whenOpen(display, "Delete", dialog -> dialog.press("Delete"));
      navigator.select(path.toArray(String[]::new)).menu("Delete");
      delete.check();
      navigator.waitUntilGone(path.toArray(String[]::new));
    }
    assertTrue(constellation.databases().mine().stream().noneMatch(id -> id.equals(written.id())));
    Ui.settle(display, 1000);
    assertTrue(!navigator.shows("Variables", station), "still shown; listed by the account: "
        + constellation.variables().mine().contains(stationVariable.id()) + "; rain listed: "
        + constellation.variables().mine().contains(rainId) + " " + navigator.children("Variables"));
    Ui.screenshot(window.getShell(), "navigator-after-delete");
  }

  @Test
  void theMenuOffersWhatFitsTheSelection() throws Exception {
    navigator.select("Variables");
    assertEquals(List.of("New"), navigator.menuLabels());
    String keyword = "Hydrology " + run;
    DialogBot.Pending create = DialogBot.whenOpen(display, "New Keyword", dialog -> dialog.type(0, keyword).press("OK"));
    navigator.select("Keywords").menu("New", "Keyword...");
    create.check();
    navigator.waitFor("Keywords", keyword);
    navigator.select("Keywords", keyword);
    assertEquals(List.of("New", "Rename...", "Copy", "Delete"), navigator.menuLabels());
    DialogBot.Pending delete = DialogBot.whenOpen(display, "Delete", dialog -> dialog.press("Delete"));
    // Edit > Delete runs the navigator's delete, as the Delete key does.
    navigator.select("Keywords", keyword);
    menuBar("Edit", "Delete");
    delete.check();
    navigator.waitUntilGone("Keywords", keyword);
  }

  /** Runs an item of the window's menu bar, e.g. Edit > Delete. */
  private void menuBar(String menuLabel, String itemLabel) {
    Menu menu = null;
    for (MenuItem item : window.getShell().getMenuBar().getItems()) {
      if (item.getText().replace("&", "").equals(menuLabel)) {
        menu = item.getMenu();
      }
    }
    assertNotNull(menu, "no menu " + menuLabel);
    menu.notifyListeners(SWT.Show, new Event());
    for (MenuItem item : menu.getItems()) {
      if (item.getText().replace("&", "").split("\t")[0].equals(itemLabel)) {
        assertTrue(item.isEnabled(), menuLabel + " > " + itemLabel + " is disabled");
        item.notifyListeners(SWT.Selection, new Event());
        Ui.process(display);
        return;
      }
    }
    throw new AssertionError("no " + itemLabel + " in " + menuLabel);
  }

  private void newVariable(String name, String category, String unit, String screenshot) {
    DialogBot.Pending wizard = DialogBot.whenOpen(display, "New Variable", dialog -> {
      dialog.type(0, name).choose(0, category);
      if (!unit.isEmpty()) {
        dialog.type(1, unit);
      }
      if (screenshot != null) {
        dialog.screenshot(screenshot);
      }
      dialog.press("Finish");
    });
    navigator.select("Variables").menu("New", "Variable...");
    wizard.check();
  }

  private void theme(String id) {
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(id, false);
    Ui.settle(display, 400);
  }

  private static DatabaseInfo databaseNamed(Constellation constellation, String name) {
    return constellation.databases().mine().stream().map(constellation.databases()::get)
        .filter(d -> d.names().containsValue(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no database named " + name));
  }

  private static VariableInfo variableNamed(Constellation constellation, String name) {
    return constellation.variables().mine().stream().map(constellation.variables()::get)
        .filter(v -> v.names().containsValue(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no variable named " + name));
  }
}
