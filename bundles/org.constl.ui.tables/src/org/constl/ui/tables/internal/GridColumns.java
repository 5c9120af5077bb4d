package org.constl.ui.tables.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * The grid's columns, in the table's order, with the category each column's variable gives it
 * (the {@code catégorie} rule on that column: every variable implies one, see
 * {@link org.constl.core.rules.TableRules#assemble}) and the name people know it by. They change
 * with the table's schema ({@link #update}) while the grid shows them; each call reads one
 * consistent state.
 */
final class GridColumns {

  /** One state of the columns. */
  private record State(List<TableColumn> columns, Map<String, VariableCategory> categories, Map<String, String> names) {
  }

  private volatile State state;

  private GridColumns(State state) {
    this.state = state;
  }

  /** The columns of a schema, each named by its id. */
  static GridColumns of(TableSchema schema) {
    return new GridColumns(state(schema, Map.of()));
  }

  private static State state(TableSchema schema, Map<String, String> names) {
    Map<String, VariableCategory> categories = new HashMap<>();
    for (ColumnRule rule : schema.rules()) {
      if (rule.rule().rule() instanceof Rule.Category category) {
        categories.put(rule.columnId(), category.category());
      }
    }
    return new State(List.copyOf(schema.columns()), Map.copyOf(categories), Map.copyOf(names));
  }

  /**
   * Takes the columns and categories of a new schema and the columns' names (by column id; one
   * missing is named by its id). Returns whether the columns or their categories changed, not
   * only names: the grid then lays its columns out again.
   */
  boolean update(TableSchema schema, Map<String, String> names) {
    State next = state(schema, names);
    State before = state;
    state = next;
    return !next.columns().equals(before.columns()) || !next.categories().equals(before.categories());
  }

  int size() {
    return state.columns().size();
  }

  String id(int position) {
    return state.columns().get(position).id();
  }

  Optional<VariableCategory> category(int position) {
    State now = state;
    return Optional.ofNullable(now.categories().get(now.columns().get(position).id()));
  }

  int position(String columnId) {
    List<TableColumn> columns = state.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(columnId)) {
        return i;
      }
    }
    return -1;
  }

  /** What the header shows: the column's name and what it holds, e.g. "pluie (number)". */
  String header(int position) {
    State now = state;
    String id = now.columns().get(position).id();
    return now.names().getOrDefault(id, id) + Optional.ofNullable(now.categories().get(id))
        .map(c -> " (" + (c.isList() ? "list of " : "") + kind(c.base()) + ")").orElse("");
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

  /** The names a pasted header may give the column: its id, its variable's id and its name. */
  Set<String> names(int position) {
    State now = state;
    TableColumn column = now.columns().get(position);
    Set<String> names = new LinkedHashSet<>(Set.of(column.id()));
    column.variableId().ifPresent(names::add);
    Optional.ofNullable(now.names().get(column.id())).ifPresent(names::add);
    return Set.copyOf(names);
  }
}
