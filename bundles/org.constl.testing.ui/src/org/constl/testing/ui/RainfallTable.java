package org.constl.testing.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.constl.core.objects.Translations;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.BaseCategory;
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
import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.ConstellationControllerManifest;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.BlockStore;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.constl.ui.tables.TableEditorInput;
import org.constl.ui.tables.TableSource;

/**
 * A rainfall table for the table editor, in a data folder of the test's own: its {@code données}
 * keyvalue database made directly with OrbitDb under a Constellation controller (the account's
 * tables cannot be opened in the editor yet), six columns (station: text, date: a date, pluie: a
 * number of mm whose variable allows at most 500, notes: translatable text, photo: an image, mots:
 * a list of translatable texts) and the rows view over it.
 */
public final class RainfallTable implements TableSource, AutoCloseable {

  public static final String STATION = "station";
  public static final String DATE = "date";
  public static final String RAIN = "pluie";
  public static final String NOTES = "notes";
  public static final String PHOTO = "photo";
  public static final String KEYWORDS = "mots";
  public static final String RAIN_VARIABLE = "variable-pluie";
  public static final String AT_MOST_500 = "pluie-max";

  private final DataFolder folder;
  private final LocalStore store;
  private final OrbitDb orbitDb;
  private final Database rowsDatabase;
  private final Translations translations;
  private TableRows opened;

  public RainfallTable(Path folderPath) throws Exception {
    folder = DataFolder.open(folderPath);
    store = LocalStore.open(folder);
    PrivateKey identityKey = Keys.generate(KeyType.SECP256K1);
    PrivateKey signingKey = Keys.generate(KeyType.SECP256K1);
    orbitDb = new OrbitDb(store, new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey), List.of());
    rowsDatabase = orbitDb.create("données", KeyValue.TYPE, ConstellationControllerManifest.TYPE,
        List.of(orbitDb.writer().orElseThrow().identity().id()), Optional.empty());
    translations = Translations.of(orbitDb);
  }

  private static TableSchema schema() {
    List<TableColumn> columns = List.of(TableColumn.of(STATION, "variable-station"), TableColumn.of(DATE, "variable-date"),
        TableColumn.of(RAIN, RAIN_VARIABLE), TableColumn.of(NOTES, "variable-notes"), TableColumn.of(PHOTO, "variable-photo"),
        TableColumn.of(KEYWORDS, "variable-mots"));
    List<ColumnRule> rules = List.of(
        category("variable-station", STATION, VariableCategory.simple(BaseCategory.TEXT)),
        category("variable-date", DATE, VariableCategory.simple(BaseCategory.TIMESTAMP)),
        category(RAIN_VARIABLE, RAIN, VariableCategory.simple(BaseCategory.NUMBER)),
        category("variable-notes", NOTES, VariableCategory.simple(BaseCategory.TRANSLATABLE_TEXT)),
        category("variable-photo", PHOTO, VariableCategory.simple(BaseCategory.IMAGE)),
        category("variable-mots", KEYWORDS, VariableCategory.list(BaseCategory.TRANSLATABLE_TEXT)),
        new ColumnRule(new VariableRule(AT_MOST_500, new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)),
            BoundOperator.LESS_OR_EQUAL)), RuleSource.variable(RAIN_VARIABLE), RAIN));
    return new TableSchema(columns, rules, RuleTypes.builtIn(), ForeignTables.NONE);
  }

  private static ColumnRule category(String variableId, String columnId, VariableCategory category) {
    return new ColumnRule(new VariableRule(TableRules.impliedCategoryRuleId(variableId),
        new Rule.Category(category)), RuleSource.variable(variableId), columnId);
  }

  /** What opens the table in the editor. */
  public TableEditorInput input() {
    return new TableEditorInput(rowsDatabase.address().toString(), "Rainfall", this);
  }

  @Override
  public TableRows open() {
    opened = TableRows.open(rowsDatabase, store, schema());
    return opened;
  }

  /** The rows the editor opened. */
  public TableRows rows() {
    return opened;
  }

  @Override
  public BlockStore files() {
    return store.blocks();
  }

  @Override
  public Translations translations() {
    return translations;
  }

  @Override
  public void close() {
    orbitDb.close();
    store.close();
    folder.close();
  }
}
