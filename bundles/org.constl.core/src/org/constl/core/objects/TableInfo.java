package org.constl.core.objects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.TableColumn;

/**
 * The state of a table ({@code tableau}).
 *
 * @param id the address of the table's root keyvalue database
 * @param names by language code
 * @param columns in the order ipa lists them (that of the {@code colonnes} database)
 * @param rules the table's own rules ({@code règles}), without those of its variables (see
 *     {@link Tables#rules})
 * @param rowsAddress the address of the {@code données} keyvalue database, one entry per row
 */
public record TableInfo(String id, Map<String, String> names, List<TableColumn> columns, List<ColumnRule> rules,
    String rowsAddress) {

  public TableInfo {
    Objects.requireNonNull(id);
    names = Map.copyOf(names);
    columns = List.copyOf(columns);
    rules = List.copyOf(rules);
    Objects.requireNonNull(rowsAddress);
  }

  /** The ids of the index columns, which make the row key, in column order. */
  public List<String> indexColumns() {
    return columns.stream().filter(TableColumn::index).map(TableColumn::id).toList();
  }
}
