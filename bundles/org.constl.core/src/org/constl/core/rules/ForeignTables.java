package org.constl.core.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.ipld.IpldValue;

/** Other tables, as far as this node has them: where {@code valeurCatégorique dynamique} takes its values. */
public interface ForeignTables {

  /** No other table is available. */
  ForeignTables NONE = tableId -> Optional.empty();

  /** A table's columns and rows. */
  interface Table {
    List<TableColumn> columns();

    /** The rows' cells, in any order; read once when a validator is prepared. */
    Iterable<Map<String, IpldValue>> rows();
  }

  /** The table, or empty while it is not available here. */
  Optional<Table> table(String tableId);

  /**
   * Tables read once and kept as they were read, by table id: equal to another snapshot when
   * they hold the same columns and rows, so a change of what rules take values from can be seen.
   */
  record Snapshot(Map<String, TableSnapshot> tables) implements ForeignTables {
    public Snapshot {
      tables = Map.copyOf(tables);
    }

    @Override
    public Optional<Table> table(String tableId) {
      return Optional.ofNullable(tables.get(tableId));
    }
  }

  /** A table as it was read. */
  record TableSnapshot(List<TableColumn> columns, List<Map<String, IpldValue>> rows) implements Table {
    public TableSnapshot {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }
}
