package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.rows.TableRows;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Choices;
import org.constl.core.rules.Rule;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.testing.ui.Ui;
import org.constl.ui.Names;
import org.constl.ui.OpenTable;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A table of the account, opened as the navigator opens it, while its definition changes: its
 * headers are its variables' names and follow them, a column added or removed shows at once, and
 * the values a column allows come from another table's column, re-checked when that table
 * changes. Changes are written through the objects API, as the navigator's dialogs write them.
 */
class AccountTableEditorTest {

  private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  private final IWorkbenchPage page = window.getActivePage();
  private final Display display = window.getShell().getDisplay();
  private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  private Constellation constellation;
  private String databaseId;
  private String stationId;
  private String rainId;

  @BeforeEach
  void theAccount() {
    window.getShell().setBounds(0, 0, 1400, 900);
    BundleContext context = FrameworkUtil.getBundle(AccountTableEditorTest.class).getBundleContext();
    ServiceReference<Constellation> reference = context.getServiceReference(Constellation.class);
    assertNotNull(reference, "the workbench opened the account of its data folder");
    constellation = context.getService(reference);
  }

  @AfterEach
  void deleteThem() {
    page.closeAllEditors(false);
    Ui.settle(display, 100);
    constellation.databases().delete(databaseId);
    constellation.variables().delete(stationId);
    constellation.variables().delete(rainId);
  }

  @Test
  void theEditorFollowsTheColumnsTheirNamesAndTheValuesAnotherTableAllows() throws Exception {
    databaseId = constellation.databases().create("CC-BY-4_0", Optional.empty());
    String stations = constellation.databases().addTable(databaseId, Optional.of("stations"));
    constellation.tables().addColumn(stations, Optional.empty(), Optional.of("nom"));
    constellation.tables().addRows(stations, List.of(Map.of("nom", IpldValue.of("Montréal")),
        Map.of("nom", IpldValue.of("Québec"))));
    stationId = constellation.variables().create(VariableCategory.simple(BaseCategory.TEXT));
    constellation.variables().setName(stationId, Names.language(), "Station " + run);
    rainId = constellation.variables().create(VariableCategory.simple(BaseCategory.NUMBER));
    constellation.variables().setName(rainId, Names.language(), "Rain " + run);
    String readings = constellation.databases().addTable(databaseId, Optional.of("readings"));
    constellation.tables().setName(readings, Names.language(), "Readings " + run);
    String station = constellation.tables().addColumn(readings, Optional.of(stationId), Optional.empty());
    constellation.tables().addRule(readings, station,
        new Rule.AllowedValues(new Choices.FromColumn(stations, "nom")));

    TableEditor editor = open(readings);
    NatTable grid = editor.grid();
    TableRows rows = editor.rows();
    assertEquals("Station " + run + " (text)", grid.getDataValueByPosition(1, 0), "a column is called by its variable");
    rows.insertAll(List.of(Map.of(station, IpldValue.of("Montréal")), Map.of(station, IpldValue.of("Sherbrooke"))));
    Ui.waitUntil(display, "the station the other table lacks is found", () -> rows.findingCount() == 1);
    String unknown = rows.rows(0, 2).stream().filter(row -> row.cells().get(station).equals(IpldValue.of("Sherbrooke")))
        .findFirst().orElseThrow().key();
    String reason = rows.findings(unknown).get(0).message();
    assertTrue(reason.contains("Sherbrooke") && reason.contains("column nom of table " + stations), reason);

    constellation.tables().addRows(stations, List.of(Map.of("nom", IpldValue.of("Sherbrooke"))));
    Ui.waitUntil(display, "the station the other table now has is allowed", () -> rows.findingCount() == 0);

    constellation.variables().setName(stationId, Names.language(), "Post " + run);
    Ui.waitUntil(display, "the header follows the variable's name",
        () -> ("Post " + run + " (text)").equals(grid.getDataValueByPosition(1, 0)));

    String rain = constellation.tables().addColumn(readings, Optional.of(rainId), Optional.empty());
    Ui.waitUntil(display, "the new column shows", () -> grid.getColumnCount() == 3
        && ("Rain " + run + " (number)").equals(grid.getDataValueByPosition(2, 0)));
    rows.update(unknown, Map.of(rain, Optional.of(IpldValue.of("a lot"))));
    Ui.waitUntil(display, "the new column's category is checked", () -> rows.findingCount() == 1);
    Ui.settle(display, 300);
    Ui.screenshot(window.getShell(), "account-table-follows-its-definition");

    constellation.tables().removeColumn(readings, rain);
    Ui.waitUntil(display, "the removed column goes, and its cells are no longer checked",
        () -> grid.getColumnCount() == 2 && rows.findingCount() == 0);
  }

  /** Opens an account's table with the command the navigator runs. */
  private TableEditor open(String tableId) throws Exception {
    ParameterizedCommand command = ParameterizedCommand.generateCommand(
        window.getService(ICommandService.class).getCommand(OpenTable.OPEN_COMMAND),
        Map.of(OpenTable.TABLE_ID_PARAMETER, tableId));
    window.getService(IHandlerService.class).executeCommand(command, null);
    TableEditor editor = assertInstanceOf(TableEditor.class, page.getActiveEditor());
    Ui.settle(display, 300);
    return editor;
  }
}
