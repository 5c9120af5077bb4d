package org.constl.ui.tables.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.VariableCategory;

/**
 * The grid's columns, in the table's order, with the category each column's variable gives it:
 * the {@code catégorie} rule on that column (every variable implies one, see
 * {@link org.constl.core.rules.TableRules#assemble}).
 */
record GridColumns(List<TableColumn> columns, Map<String, VariableCategory> categories) {

  GridColumns {
    columns = List.copyOf(columns);
    categories = Map.copyOf(categories);
  }

  static GridColumns of(TableSchema schema) {
    Map<String, VariableCategory> categories = new HashMap<>();
    for (ColumnRule rule : schema.rules()) {
      if (rule.rule().rule() instanceof Rule.Category category) {
        categories.put(rule.columnId(), category.category());
      }
    }
    return new GridColumns(schema.columns(), categories);
  }

  int size() {
    return columns.size();
  }

  String id(int position) {
    return columns.get(position).id();
  }

  Optional<VariableCategory> category(int position) {
    return Optional.ofNullable(categories.get(id(position)));
  }

  int position(String columnId) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(columnId)) {
        return i;
      }
    }
    return -1;
  }

  /** What the header shows: the column's id and what it holds, e.g. "pluie (number)". */
  String header(int position) {
    return id(position) + category(position).map(c -> " (" + (c.isList() ? "list of " : "") + kind(c.base()) + ")")
        .orElse("");
  }

  private static String kind(BaseCategory base) {
    return switch (base) {
      case NUMBER -> "number";
      case TIMESTAMP -> "date";
      case TIME_INTERVAL -> "interval";
      case TRANSLATABLE_TEXT -> "translated text";
      case TEXT -> "text";
      case BOOLEAN -> "true/false";
      case GEOJSON -> "GeoJSON";
      case VIDEO -> "video";
      case AUDIO -> "audio";
      case IMAGE -> "image";
      case FILE -> "file";
    };
  }

  /** The names a pasted header may give the column. */
  Set<String> names(int position) {
    TableColumn column = columns.get(position);
    return column.variableId().map(v -> Set.of(column.id(), v)).orElse(Set.of(column.id()));
  }
}
