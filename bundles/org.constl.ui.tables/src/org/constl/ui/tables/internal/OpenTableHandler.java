package org.constl.ui.tables.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.TableDefinition;
import org.constl.core.objects.TableInfo;
import org.constl.core.objects.Translations;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRowsException;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.InstalledRuleTypes;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.storage.BlockStore;
import org.constl.ui.Names;
import org.constl.ui.OpenTable;
import org.constl.ui.tables.TableEditorInput;
import org.constl.ui.tables.TableSource;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Opens a table of this device's account in the table editor ({@link OpenTable#OPEN_COMMAND}, run
 * by the data navigator): its rows through the account's OrbitDB, checked against its columns, the
 * rules of its table and variables and the other tables they take values from, with the rule
 * types installed now; its columns named after their variables, and all of it followed while the
 * editor is open.
 */
public final class OpenTableHandler extends AbstractHandler {

  @Override
  public Object execute(ExecutionEvent event) throws ExecutionException {
    String tableId = event.getParameter(OpenTable.TABLE_ID_PARAMETER);
    Constellation constellation = service(Constellation.class);
    if (tableId == null || constellation == null) {
      throw new ExecutionException(tableId == null ? "no table to open" : "the account is not open yet");
    }
    TableInfo table = constellation.tables().get(tableId);
    String name = Names.pick(table.names(), tableId);
    try {
      HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
          .openEditor(new TableEditorInput(tableId, name, new AccountTable(constellation, table)), TableEditorInput.EDITOR_ID);
    } catch (PartInitException e) {
      throw new ExecutionException(e.getMessage(), e);
    }
    return null;
  }

  /** A table of the account, opened on the account's store. */
  private record AccountTable(Constellation constellation, TableInfo table) implements TableSource {

    @Override
    public TableRows open() {
      TableSchema schema = shape(constellation.tables().definition(table.id())).schema();
      try {
        return TableRows.open(constellation.orbitDb().open(OrbitDbAddress.parse(table.rowsAddress())),
            constellation.orbitDb().store(), schema);
      } catch (IOException e) {
        throw new TableRowsException("the rows of " + table.id() + " cannot be opened: " + e.getMessage(), e);
      }
    }

    @Override
    public Subscription follow(Consumer<Shape> listener) {
      return constellation.tables().subscribeDefinition(table.id(), definition -> listener.accept(shape(definition)));
    }

    /** The schema of a definition, with the rule types installed now; columns named after their variables. */
    private static Shape shape(TableDefinition definition) {
      InstalledRuleTypes installed = service(InstalledRuleTypes.class);
      RuleTypes types = installed == null ? RuleTypes.builtIn() : installed.current();
      Map<String, String> names = new HashMap<>();
      for (TableColumn column : definition.columns()) {
        column.variableId().map(definition.variableNames()::get).map(named -> Names.pick(named, ""))
            .filter(name -> !name.isEmpty()).ifPresent(name -> names.put(column.id(), name));
      }
      return new Shape(new TableSchema(definition.columns(), definition.rules(), types, definition.foreignTables()),
          names);
    }

    @Override
    public BlockStore files() {
      return constellation.orbitDb().blocks();
    }

    @Override
    public Translations translations() {
      return constellation.translations();
    }
  }

  private static <T> T service(Class<T> type) {
    BundleContext context = FrameworkUtil.getBundle(OpenTableHandler.class).getBundleContext();
    ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
    return reference == null ? null : context.getService(reference);
  }
}
