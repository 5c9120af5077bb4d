package org.constl.core.objects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.TableColumn;

/**
 * What a table's rows are shown and checked with, as this node has it now ({@link Tables#definition}).
 *
 * @param columns in the table's order
 * @param variableNames the names of the columns' variables this node has, by variable id, then by
 *     language: what people call the columns
 * @param rules every rule that applies to the columns, as {@link Tables#rules} assembles them
 * @param foreignTables the other tables that {@code valeurCatégorique dynamique} rules take values
 *     from, those this node has, each with the columns those rules name (not its other cells)
 */
public record TableDefinition(List<TableColumn> columns, Map<String, Map<String, String>> variableNames,
    List<ColumnRule> rules, ForeignTables.Snapshot foreignTables) {

  public TableDefinition {
    columns = List.copyOf(columns);
    variableNames = Map.copyOf(variableNames);
    rules = List.copyOf(rules);
    Objects.requireNonNull(foreignTables);
  }
}
