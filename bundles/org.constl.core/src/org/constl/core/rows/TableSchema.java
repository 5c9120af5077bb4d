package org.constl.core.rows;

import java.util.List;
import java.util.Objects;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;

/**
 * What a table's rows are checked against: its columns (index columns make the row keys) and the
 * rules that apply to them, e.g. from {@link org.constl.core.rules.TableRules#assemble}.
 */
public record TableSchema(List<TableColumn> columns, List<ColumnRule> rules, RuleTypes types,
    ForeignTables foreignTables) {

  public TableSchema {
    columns = List.copyOf(columns);
    rules = List.copyOf(rules);
    Objects.requireNonNull(types);
    Objects.requireNonNull(foreignTables);
  }

  /** Columns without rules. */
  public static TableSchema of(List<TableColumn> columns) {
    return new TableSchema(columns, List.of(), RuleTypes.builtIn(), ForeignTables.NONE);
  }

  /** The ids of the index columns, in the table's order. */
  public List<String> indexColumns() {
    return columns.stream().filter(TableColumn::index).map(TableColumn::id).toList();
  }
}
