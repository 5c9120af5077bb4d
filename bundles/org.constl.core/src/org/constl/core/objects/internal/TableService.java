package org.constl.core.objects.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.constl.core.objects.InvalidRequestException;
import org.constl.core.objects.ObjectNotFoundException;
import org.constl.core.objects.RowKeys;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.TableDefinition;
import org.constl.core.objects.TableInfo;
import org.constl.core.objects.Tables;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.Choices;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleFormatException;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableRules;
import org.constl.core.rules.VariableRule;
import org.constl.core.rules.VariableRules;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;
import org.constl.orbitdb.KeyValue;

/** Tables ({@code tableaux.ts}). */
final class TableService extends NamedService implements Tables {

  private final VariableService variables;

  TableService(ObjectStore store, VariableService variables) {
    super(store, Layout.KIND_TABLE, "table");
    this.variables = variables;
  }

  /** Creates a table under the database's controller, as ipa's {@code créerTableau}. */
  String create(String databaseId) {
    String controller = store.controller(databaseId);
    String id = store.create(KeyValue.TYPE, controller);
    store.put(id, Layout.TYPE, IpldValue.of(Layout.KIND_TABLE));
    for (String part : List.of(Layout.NAMES, Layout.ROWS, Layout.COLUMNS, Layout.RULES)) {
      store.put(id, part, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    }
    return id;
  }

  @Override
  public TableInfo get(String tableId) {
    Map<String, IpldValue> root = root(tableId);
    return new TableInfo(tableId, texts(sub(tableId, root, Layout.NAMES)), columns(sub(tableId, root, Layout.COLUMNS)),
        tableRules(sub(tableId, root, Layout.RULES)), sub(tableId, root, Layout.ROWS));
  }

  @Override
  public Subscription subscribe(String tableId, Consumer<TableInfo> listener) {
    return Live.start(store, () -> get(tableId), () -> databases(tableId), listener);
  }

  @Override
  public String addColumn(String tableId, Optional<String> variableId, Optional<String> columnId) {
    String id = columnId.orElseGet(() -> UUID.randomUUID().toString());
    store.put(sub(tableId, Layout.COLUMNS), id, RuleFormat.writeColumn(new TableColumn(id, variableId, false)));
    return id;
  }

  @Override
  public void removeColumn(String tableId, String columnId) {
    store.delete(sub(tableId, Layout.COLUMNS), columnId);
  }

  /** As ipa's {@code changerColIndex}: the stored column with {@code index} set, written only on a change. */
  @Override
  public void setIndex(String tableId, String columnId, boolean index) {
    String columns = sub(tableId, Layout.COLUMNS);
    MapValue stored = storedColumn(tableId, columns, columnId);
    boolean current = stored.has(RuleFormat.INDEX) && stored.get(RuleFormat.INDEX) instanceof IpldValue.BoolValue b
        && b.value();
    if (current != index) {
      Map<String, IpldValue> changed = new LinkedHashMap<>(stored.entries());
      changed.put(RuleFormat.INDEX, IpldValue.of(index));
      store.put(columns, columnId, IpldValue.map(changed));
    }
  }

  /** The stored column with {@code variable} set or removed, its other keys ({@code index}) kept. */
  @Override
  public void setColumnVariable(String tableId, String columnId, Optional<String> variableId) {
    String columns = sub(tableId, Layout.COLUMNS);
    Map<String, IpldValue> changed = new LinkedHashMap<>(storedColumn(tableId, columns, columnId).entries());
    variableId.ifPresentOrElse(id -> changed.put(RuleFormat.VARIABLE, IpldValue.of(id)),
        () -> changed.remove(RuleFormat.VARIABLE));
    store.put(columns, columnId, IpldValue.map(changed));
  }

  /** The column entry whose {@code id} is {@code columnId}, as ipa finds it. */
  private MapValue storedColumn(String tableId, String columns, String columnId) {
    return store.entries(columns).values().stream()
        .filter(value -> value instanceof MapValue map && Layout.string(map, RuleFormat.ID).equals(Optional.of(columnId)))
        .map(MapValue.class::cast).findFirst()
        .orElseThrow(() -> new InvalidRequestException("the table " + tableId + " has no column " + columnId));
  }

  @Override
  public String addRule(String tableId, String columnId, Rule rule) {
    return putNewRule(tableId, ruleId -> RuleFormat.writeColumnRule(
        new ColumnRule(new VariableRule(ruleId, rule), RuleSource.table(tableId), columnId)));
  }

  @Override
  public void removeRule(String tableId, String ruleId) {
    deleteRule(tableId, ruleId);
  }

  @Override
  public void replaceRule(String tableId, String ruleId, String columnId, Rule rule) {
    String rules = sub(tableId, Layout.RULES);
    if (store.get(rules, ruleId).isEmpty()) {
      throw new InvalidRequestException("the table " + tableId + " has no rule " + ruleId);
    }
    store.put(rules, ruleId, RuleFormat.writeColumnRule(
        new ColumnRule(new VariableRule(ruleId, rule), RuleSource.table(tableId), columnId)));
  }

  @Override
  public List<ColumnRule> rules(String tableId) {
    TableInfo table = get(tableId);
    return TableRules.assemble(table.columns(), table.rules(), variableRules(table.columns()));
  }

  @Override
  public TableDefinition definition(String tableId) {
    TableInfo table = get(tableId);
    Map<String, VariableInfo> variables = variables(table.columns());
    Map<String, Map<String, String>> names = new LinkedHashMap<>();
    variables.forEach((id, variable) -> names.put(id, variable.names()));
    List<ColumnRule> rules = TableRules.assemble(table.columns(), table.rules(), rulesOf(variables));
    return new TableDefinition(table.columns(), names, rules, foreignTables(rules));
  }

  /**
   * Watches the table's root, columns and rules (not its rows), its variables, and the tables its
   * rules take values from.
   */
  @Override
  public Subscription subscribeDefinition(String tableId, Consumer<TableDefinition> listener) {
    return Live.start(store, () -> definition(tableId), () -> {
      Map<String, IpldValue> root = root(tableId);
      Set<String> databases = new LinkedHashSet<>(List.of(tableId, sub(tableId, root, Layout.COLUMNS),
          sub(tableId, root, Layout.RULES)));
      TableInfo table = get(tableId);
      Map<String, VariableInfo> columnVariables = variables(table.columns());
      for (String variableId : columnVariables.keySet()) {
        databases.addAll(variables.databases(variableId));
      }
      List<ColumnRule> rules = TableRules.assemble(table.columns(), table.rules(), rulesOf(columnVariables));
      for (String foreign : foreignTableIds(tableId, rules)) {
        try {
          databases.addAll(databases(foreign));
        } catch (ObjectNotFoundException e) {
          // Watched once a change here names it again.
        }
      }
      return databases;
    }, listener);
  }

  /**
   * The other tables rules take their allowed values from. A rule that takes them from the table
   * itself is not among them: watching its own rows would read them all again at every edit.
   */
  private static Set<String> foreignTableIds(String tableId, List<ColumnRule> rules) {
    Set<String> ids = new LinkedHashSet<>();
    for (ColumnRule rule : rules) {
      if (rule.rule().rule() instanceof Rule.AllowedValues allowed && allowed.choices() instanceof Choices.FromColumn from
          && !from.tableId().equals(tableId)) {
        ids.add(from.tableId());
      }
    }
    return ids;
  }

  /**
   * The tables rules take their allowed values from, those this node has, each with only the
   * columns the rules name: a large table costs its one column of values, not all its cells.
   */
  ForeignTables.Snapshot foreignTables(List<ColumnRule> rules) {
    Map<String, Set<String>> columnsByTable = new LinkedHashMap<>();
    for (ColumnRule rule : rules) {
      if (rule.rule().rule() instanceof Rule.AllowedValues allowed && allowed.choices() instanceof Choices.FromColumn from) {
        columnsByTable.computeIfAbsent(from.tableId(), id -> new LinkedHashSet<>()).add(from.columnId());
      }
    }
    Map<String, ForeignTables.TableSnapshot> tables = new LinkedHashMap<>();
    columnsByTable.forEach((id, named) -> {
      try {
        TableInfo table = get(id);
        List<Map<String, IpldValue>> rows = new ArrayList<>();
        for (Map<String, IpldValue> row : rows(id).values()) {
          Map<String, IpldValue> kept = new LinkedHashMap<>(row);
          kept.keySet().retainAll(named);
          rows.add(Collections.unmodifiableMap(kept));
        }
        tables.put(id, new ForeignTables.TableSnapshot(table.columns(), rows));
      } catch (ObjectNotFoundException e) {
        // Not here (yet): the rule says its table is missing.
      }
    });
    return new ForeignTables.Snapshot(tables);
  }

  /** The variables of the columns that this node has, by id. */
  private Map<String, VariableInfo> variables(List<TableColumn> columns) {
    Map<String, VariableInfo> found = new LinkedHashMap<>();
    for (TableColumn column : columns) {
      column.variableId().filter(id -> !found.containsKey(id)).ifPresent(variableId -> {
        try {
          found.put(variableId, variables.get(variableId));
        } catch (ObjectNotFoundException e) {
          // Not here (yet): no rules or name from it.
        }
      });
    }
    return found;
  }

  /** The rules of the columns' variables that this node has; ipa waits for the others. */
  Map<String, VariableRules> variableRules(List<TableColumn> columns) {
    return rulesOf(variables(columns));
  }

  private static Map<String, VariableRules> rulesOf(Map<String, VariableInfo> variables) {
    Map<String, VariableRules> rules = new LinkedHashMap<>();
    variables.forEach((id, variable) -> rules.put(id, new VariableRules(variable.category(), variable.rules())));
    return rules;
  }

  @Override
  public List<String> addRows(String tableId, List<Map<String, IpldValue>> rows) {
    TableInfo table = get(tableId);
    List<String> indexColumns = table.indexColumns();
    List<String> keys = new ArrayList<>(rows.size());
    Map<String, IpldValue> values = new LinkedHashMap<>();
    for (Map<String, IpldValue> row : rows) {
      String key = RowKeys.of(row, indexColumns);
      keys.add(key);
      values.remove(key);
      values.put(key, IpldValue.map(row));
    }
    store.putAll(table.rowsAddress(), values);
    return keys;
  }

  @Override
  public Map<String, Map<String, IpldValue>> rows(String tableId) {
    Map<String, Map<String, IpldValue>> rows = new LinkedHashMap<>();
    store.entries(sub(tableId, Layout.ROWS)).forEach((key, value) -> {
      if (value instanceof MapValue row) {
        rows.put(key, row.entries());
      }
    });
    return rows;
  }

  /** As ipa's {@code copierTableau}: names, then columns, rules and rows copied entry by entry. */
  @Override
  public String copy(String tableId, String databaseId, boolean withRows) {
    Map<String, IpldValue> source = root(tableId);
    String copy = create(databaseId);
    Map<String, IpldValue> target = root(copy);
    putTexts(sub(copy, target, Layout.NAMES), texts(sub(tableId, source, Layout.NAMES)));
    List<String> parts = withRows ? List.of(Layout.COLUMNS, Layout.RULES, Layout.ROWS) : List.of(Layout.COLUMNS, Layout.RULES);
    for (String part : parts) {
      store.putAll(sub(copy, target, part), store.entries(sub(tableId, source, part)));
    }
    return copy;
  }

  /** The table's databases and those of its columns' variables: what its rules and score depend on. */
  Set<String> databasesWithVariables(String tableId) {
    Set<String> databases = new LinkedHashSet<>(databases(tableId));
    for (TableColumn column : get(tableId).columns()) {
      column.variableId().ifPresent(variableId -> {
        try {
          databases.addAll(variables.databases(variableId));
        } catch (ObjectNotFoundException e) {
          // Watched once it is here and the columns change.
        }
      });
    }
    return databases;
  }

  /** The columns ipa can read; others are skipped, as bohr-db skips what fails its schema. */
  private List<TableColumn> columns(String address) {
    List<TableColumn> columns = new ArrayList<>();
    for (IpldValue value : store.entries(address).values()) {
      try {
        columns.add(RuleFormat.readColumn(value));
      } catch (RuleFormatException e) {
        // Not a column.
      }
    }
    return columns;
  }

  private List<ColumnRule> tableRules(String address) {
    List<ColumnRule> rules = new ArrayList<>();
    for (IpldValue value : store.entries(address).values()) {
      try {
        rules.add(RuleFormat.readColumnRule(value));
      } catch (RuleFormatException e) {
        // Not a rule ipa would apply as written.
      }
    }
    return rules;
  }
}
