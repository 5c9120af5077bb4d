package org.constl.ui.tables.internal;

import java.nio.file.Path;
import java.util.List;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableRules;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRule;
import org.constl.core.rules.BaseCategory;
import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.BlockStore;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.constl.ui.tables.TableEditorInput;
import org.constl.ui.tables.TableSource;

/**
 * A rainfall table in a data folder of the test's own: its {@code données} keyvalue database made
 * directly with OrbitDb (until the account's table service opens tables), three columns (station:
 * text, date: a date, pluie: a number of mm at most 500) and the rows view over it.
 */
final class TestTable implements TableSource, AutoCloseable {

  static final String STATION = "station";
  static final String DATE = "date";
  static final String RAIN = "pluie";
  static final String RAIN_VARIABLE = "variable-pluie";

  private final DataFolder folder;
  private final LocalStore store;
  private final OrbitDb orbitDb;
  private final Database rowsDatabase;
  private TableRows opened;

  TestTable(Path folderPath) throws Exception {
    folder = DataFolder.open(folderPath);
    store = LocalStore.open(folder);
    PrivateKey identityKey = Keys.generate(KeyType.SECP256K1);
    PrivateKey signingKey = Keys.generate(KeyType.SECP256K1);
    orbitDb = new OrbitDb(store, new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey), List.of());
    rowsDatabase = orbitDb.open("données", "keyvalue");
  }

  static TableSchema schema() {
    List<TableColumn> columns = List.of(TableColumn.of(STATION, "variable-station"), TableColumn.of(DATE, "variable-date"),
        TableColumn.of(RAIN, RAIN_VARIABLE));
    List<ColumnRule> rules = List.of(
        category("variable-station", STATION, BaseCategory.TEXT),
        category("variable-date", DATE, BaseCategory.TIMESTAMP),
        category(RAIN_VARIABLE, RAIN, BaseCategory.NUMBER),
        new ColumnRule(new VariableRule("pluie-max", new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)),
            BoundOperator.LESS_OR_EQUAL)), RuleSource.variable(RAIN_VARIABLE), RAIN));
    return new TableSchema(columns, rules, RuleTypes.builtIn(), ForeignTables.NONE);
  }

  private static ColumnRule category(String variableId, String columnId, BaseCategory base) {
    return new ColumnRule(new VariableRule(TableRules.impliedCategoryRuleId(variableId),
        new Rule.Category(VariableCategory.simple(base))), RuleSource.variable(variableId), columnId);
  }

  TableEditorInput input() {
    return new TableEditorInput(rowsDatabase.address().toString(), "Relevés", this);
  }

  @Override
  public TableRows open() {
    opened = TableRows.open(rowsDatabase, store, schema());
    return opened;
  }

  /** The rows the editor opened. */
  TableRows rows() {
    return opened;
  }

  @Override
  public BlockStore files() {
    return store.blocks();
  }

  @Override
  public void close() {
    orbitDb.close();
    store.close();
    folder.close();
  }
}
