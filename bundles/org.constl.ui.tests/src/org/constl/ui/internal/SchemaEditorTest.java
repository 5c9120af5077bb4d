package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.TableRef;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.Rule;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.testing.ui.Ui;
import org.constl.ui.Names;
import org.constl.ui.OpenTable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A curator changes a table's columns from the navigator while the table is open (the editor
 * follows, and checks its rows against a new rule at once), edits a variable's name, category and
 * unit, and copies a table with and without its rows. The starting objects are made through the
 * objects API; what the dialogs write is read back from the account.
 */
class SchemaEditorTest {

  private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  private final IWorkbenchPage page = window.getActivePage();
  private final Display display = window.getShell().getDisplay();
  private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  private final Constellation constellation = Services.find(Constellation.class);
  private final String rain = "Rain " + run;
  private final String station = "Station " + run;
  private final String database = "Schema " + run;
  private NavigatorBot navigator;
  private String rainId;
  private String stationId;
  private String databaseId;
  private String tableId;

  @BeforeEach
  void aTableOfOneColumn() throws Exception {
    window.getShell().setBounds(0, 0, 1280, 800);
    navigator = new NavigatorBot(page);
    navigator.waitFor("Databases (");
    rainId = constellation.variables().create(VariableCategory.simple(BaseCategory.NUMBER));
    constellation.variables().setName(rainId, Names.language(), rain);
    constellation.variables().setUnit(rainId, "mm");
    stationId = constellation.variables().create(VariableCategory.simple(BaseCategory.TEXT));
    constellation.variables().setName(stationId, Names.language(), station);
    databaseId = constellation.databases().create("CC-BY-4_0", Optional.empty());
    constellation.databases().setName(databaseId, Names.language(), database);
    tableId = constellation.databases().addTable(databaseId, Optional.empty());
    constellation.tables().setName(tableId, Names.language(), "Readings");
    constellation.tables().addColumn(tableId, Optional.of(rainId), Optional.empty());
    navigator.waitFor("Variables", rain);
    navigator.waitFor("Variables", station);
    navigator.waitFor("Databases", database, "Readings");
  }

  @AfterEach
  void deleteThem() {
    page.closeAllEditors(false);
    constellation.databases().delete(databaseId);
    constellation.variables().delete(rainId);
    constellation.variables().delete(stationId);
  }

  @Test
  void theOpenTableFollowsItsColumnsAndRulesAsTheyChange() throws Exception {
    navigator.open("Databases", database, "Readings");
    Ui.waitUntil(display, "the table is open in its editor", () -> openTable().isPresent());
    OpenTable open = openTable().orElseThrow();
    String rainColumn = constellation.tables().get(tableId).columns().get(0).id();
    String tooMuch = open.rows().insertAll(List.of(Map.of(rainColumn, IpldValue.of(12)),
        Map.of(rainColumn, IpldValue.of(600)))).get(1);
    Ui.waitUntil(display, "the two rows are in", () -> open.rows().size() == 2);

    DialogBot.Pending columns = DialogBot.whenOpen(display, "Columns of Readings", dialog -> {
      assertEquals(List.of(rain + "|Number (numérique)||mm"), dialog.rows());
      DialogBot.Pending choose = DialogBot.whenOpen(display, "Add Column",
          list -> list.selectRow(0, station).press("OK"));
      dialog.press("Add");
      choose.check();
      assertEquals(List.of(rain + "|Number (numérique)||mm", station + "|Text, not translated (chaîneNonTraductible)||"),
          dialog.rows());
      dialog.selectRow(0, station).press("Set Index");
      assertEquals(station + "|Text, not translated (chaîneNonTraductible)|index|", dialog.rows().get(1));
      assertEquals("Unset Index", dialog.button("Unset").getText().replace("&", ""));
      dialog.screenshot("columns-of-table").press("Close");
    });
    navigator.select("Databases", database, "Readings").menu("Columns...");
    columns.check();
    List<TableColumn> written = constellation.tables().get(tableId).columns();
    assertEquals(List.of(Optional.of(rainId), Optional.of(stationId)),
        written.stream().map(TableColumn::variableId).toList());
    assertEquals(List.of(false, true), written.stream().map(TableColumn::index).toList());
    Ui.waitUntil(display, "the open editor has the new column", () -> open.rows().columns().equals(written));

    // A rule added (as the rule wizard adds it): the open table's rows are checked against it at once.
    assertEquals(0, open.rows().findingCount());
    constellation.tables().addRule(tableId, rainColumn,
        new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)), BoundOperator.AT_MOST));
    Ui.waitUntil(display, "the open table finds the reading above 500", () -> open.rows().findingCount() == 1);
    new ProblemsBot(page).waitForLine(open.rows().findings(tooMuch).get(0).message());
    Ui.settle(display, 300);
    Ui.screenshot(window.getShell(), "editor-follows-columns-and-rules");

    DialogBot.Pending remove = DialogBot.whenOpen(display, "Columns of Readings", dialog -> {
      DialogBot.Pending confirm = DialogBot.whenOpen(display, "Remove Column", yes -> yes.press("OK"));
      dialog.selectRow(0, station).press("Remove");
      confirm.check();
      assertEquals(List.of(rain + "|Number (numérique)||mm"), dialog.rows());
      dialog.press("Close");
    });
    navigator.select("Databases", database, "Readings").menu("Columns...");
    remove.check();
    Ui.waitUntil(display, "the open editor drops the column", () -> open.rows().columns().size() == 1);
  }

  @Test
  void aCuratorEditsAVariablesNameCategoryAndUnit() throws Exception {
    DialogBot.Pending edit = DialogBot.whenOpen(display, "Edit Variable", dialog -> {
      assertEquals(rain, dialog.text(0), "the variable as it is");
      assertEquals("Number", dialog.chosen(0));
      assertEquals("mm", dialog.text(1));
      dialog.type(0, rain + " total").type(1, "cm").pick("A list per cell");
      dialog.screenshot("wizard-edit-variable").press("Finish");
    });
    navigator.select("Variables", rain);
    assertEquals(List.of("New", "Edit...", "Add Rule...", "Rules...", "Rename...", "Copy", "Delete"),
        navigator.menuLabels());
    // A double-click edits, as Edit... does.
    navigator.open("Variables", rain);
    edit.check();
    VariableInfo changed = constellation.variables().get(rainId);
    assertEquals(rain + " total", changed.names().get(Names.language()));
    assertEquals(Optional.of("cm"), changed.unit());
    assertEquals(Optional.of(VariableCategory.list(BaseCategory.NUMBER)), changed.category());
    navigator.waitFor("Variables", rain + " total");
  }

  @Test
  void aTableIsCopiedInItsDatabaseWithOrWithoutItsRows() throws Exception {
    String rainColumn = constellation.tables().get(tableId).columns().get(0).id();
    constellation.tables().addRows(tableId, List.of(Map.of(rainColumn, IpldValue.of(3)), Map.of(rainColumn, IpldValue.of(4))));
    navigator.select("Databases", database, "Readings").menu("Copy");
    Ui.waitUntil(display, "the copy is listed", () -> constellation.databases().get(databaseId).tables().size() == 2);
    navigator.select("Databases", database, "Readings").menu("Copy without Rows");
    Ui.waitUntil(display, "the second copy is listed",
        () -> constellation.databases().get(databaseId).tables().size() == 3);
    List<TableRef> tables = constellation.databases().get(databaseId).tables();
    assertEquals(tableId, tables.get(0).id());
    assertEquals(List.of(2, 0), tables.subList(1, 3).stream()
        .map(table -> constellation.tables().rows(table.id()).size()).toList(), "the first copy has the rows");
    for (TableRef copy : tables.subList(1, 3)) {
      assertEquals(constellation.tables().get(tableId).columns(), constellation.tables().get(copy.id()).columns());
      Ui.waitUntil(display, "the copy is named", () -> Map.of(Names.language(), "Copy of Readings")
          .equals(constellation.tables().get(copy.id()).names()));
    }
    Ui.waitUntil(display, "the navigator shows both copies",
        () -> navigator.children("Databases", database).equals(List.of("Readings", "Copy of Readings", "Copy of Readings")));
    Ui.screenshot(window.getShell(), "navigator-table-copies");
    assertTrue(navigator.shows("Databases", database, "Copy of Readings"));
  }

  private Optional<OpenTable> openTable() {
    return FindingMarkers.openTables(page).stream().filter(t -> t.tableId().equals(tableId)).findFirst();
  }
}
