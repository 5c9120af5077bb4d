package org.constl.core.rows;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.constl.core.rows.internal.IndexedTableRows;
import org.constl.core.rules.Finding;
import org.constl.core.rules.RuleProblem;
import org.constl.core.rules.TableColumn;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Database;
import org.constl.storage.LocalStore;

/**
 * A live, paged view of one Constellation table's rows: the table's {@code données} keyvalue
 * database (key = row key, value = {@code {idColonne: value}}), read through a typed index that the
 * local store keeps beside the log. Only the rows asked for are read: a table of millions of rows
 * is never held in memory, only the current order (4 bytes a row).
 *
 * <p>Positions count rows under the current filter in the current order, from 0 to
 * {@link #size()} − 1. With no sort the order is the order rows were first written here. Every
 * method is thread-safe; reads may run on the UI thread (a page is one indexed query), while
 * {@link #sort}, {@link #filter}, the writes and {@link #validateAll} may take seconds on a large
 * table and belong in a background job. Listeners are called off the calling thread, never on the
 * UI thread.
 *
 * <p>Writes are signed OrbitDB entries, each call one store transaction (so {@link #insertAll}
 * of a pasted block is one entry per row but one disk sync), written as {@code @constl/ipa}
 * 1.6.16 writes them. They throw the database's own exceptions
 * ({@link org.constl.orbitdb.DatabaseWriteException} when the store cannot keep them,
 * {@link org.constl.orbitdb.EntryRefusedException} when this identity may not write); reads
 * throw {@link TableRowsException} when the store fails.
 */
public interface TableRows extends AutoCloseable {

  /**
   * Opens the view of a table's rows; the store's index of them is brought up to date first (built
   * from the log when missing, which takes a while for a large table).
   *
   * @param rows the table's {@code données} keyvalue database, open on {@code store}
   * @param schema the table's columns and rules; change it with {@link #schema(TableSchema)}
   */
  static TableRows open(Database rows, LocalStore store, TableSchema schema) {
    return IndexedTableRows.open(rows, store, schema);
  }

  /** One row: its Constellation row key and its cells, column id to value, as stored. */
  record Row(String key, Map<String, IpldValue> cells) {
    public Row {
      Objects.requireNonNull(key);
      cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }
  }

  /** One key of a sort: a column, ascending or descending. */
  record SortKey(String columnId, boolean ascending) {
    public SortKey {
      Objects.requireNonNull(columnId);
    }
  }

  /** What changed in the rows: their keys, and whether this node wrote them or a peer did. */
  record Change(Set<String> keys, boolean local) {
    public Change {
      keys = Set.copyOf(keys);
    }
  }

  /** Told of changes, on a thread of the row store (never the UI thread). */
  interface Listener {

    /**
     * Rows were inserted, changed or deleted, here or by a peer; their findings are already
     * re-checked. A deleted row is gone from the positions, an inserted one is at the end until
     * the next {@link #reordered()}.
     */
    void rowsChanged(Change change);

    /**
     * The positions changed as a whole (a sort, a filter, or re-sorting after changes): read
     * {@link TableRows#size()} and the visible rows again.
     */
    void reordered();

    /** The columns or rules changed ({@link TableRows#schema(TableSchema)}). */
    default void schemaChanged() {
    }

    /** The findings of many rows changed at once (a full validation). */
    default void findingsChanged() {
    }
  }

  /** Ends a {@link #subscribe} subscription. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Progress of long work ({@link #validateAll}), in rows, without any UI type: an Eclipse job
   * adapts its monitor to it.
   */
  interface Progress {

    /** No one watches. */
    Progress NONE = new Progress() {
      @Override
      public void begin(long totalRows) {
      }

      @Override
      public void worked(long rows) {
      }

      @Override
      public boolean cancelled() {
        return false;
      }
    };

    void begin(long totalRows);

    /** {@code rows} more rows are done. */
    void worked(long rows);

    /** Polled between pages; when true the work stops soon. */
    boolean cancelled();
  }

  /** The columns, in the table's order. */
  List<TableColumn> columns();

  /** The current columns and rules. */
  TableSchema schema();

  /**
   * Replaces the columns and rules (when the table's {@code colonnes} or {@code règles}, or a
   * variable, change). Findings are not re-checked: run {@link #validateAll} then.
   */
  void schema(TableSchema schema);

  /** The number of rows under the current filter. */
  int size();

  /**
   * The row at a position.
   *
   * @throws IndexOutOfBoundsException when {@code position} is not below {@link #size()}
   */
  Row row(int position);

  /** Up to {@code count} rows from {@code from}, fewer at the end; one query to the store. */
  List<Row> rows(int from, int count);

  /** The row of a key, whether or not the filter shows it. */
  Optional<Row> find(String rowKey);

  /** The position of a row under the current order and filter; empty when it is not shown. */
  Optional<Integer> positionOf(String rowKey);

  /**
   * Sorts by these keys, the first one first; an empty list goes back to the written order.
   * Missing values (and null) come last in both directions; numbers (booleans as 0 and 1) before
   * text, compared by code point; other values (lists, objects, links) sort as their JSON text.
   * Rows that compare equal stay in the written order.
   */
  void sort(List<SortKey> keys);

  List<SortKey> sortKeys();

  /**
   * Shows only the rows where some cell's text contains {@code quickText}, ignoring case; blank
   * shows every row. A cell's text is a string's own text, a number as JS prints it, a boolean's
   * {@code true} or {@code false}, and the JSON text of other values.
   */
  void filter(String quickText);

  String filterText();

  /**
   * Adds a row; returns its key: a new UUID v4, or when the table has index columns the key of
   * their values ({@link org.constl.core.objects.RowKeys#of}), which replaces a row with the same
   * index values.
   */
  String insert(Map<String, IpldValue> cells);

  /** Adds rows in one transaction; returns their keys, in order. */
  List<String> insertAll(List<Map<String, IpldValue>> rows);

  /**
   * Changes some cells of a row: a present value sets the cell, an empty one deletes it. Writes
   * nothing when the row ends up as it was.
   *
   * @throws java.util.NoSuchElementException when there is no such row
   */
  void update(String rowKey, Map<String, Optional<IpldValue>> changes);

  /**
   * Changes cells of many rows in one transaction, each row as {@link #update} changes it (rows
   * that end up as they were are not written); the rows keep their places in the written order.
   * Returns, for every row of {@code changes}, the cells its changes touch as they were just before
   * (empty where a cell was missing): the changes that undo these.
   *
   * @throws java.util.NoSuchElementException when one of the rows is missing; nothing is written then
   */
  Map<String, Map<String, Optional<IpldValue>>> updateAll(Map<String, Map<String, Optional<IpldValue>>> changes);

  /** Deletes a row; does nothing when there is none of that key. */
  void delete(String rowKey);

  /** Deletes rows in one transaction. */
  void deleteAll(Collection<String> rowKeys);

  /** The cells of this row that break a rule. */
  List<Finding> findings(String rowKey);

  /** The number of findings over all rows, filtered or not. */
  long findingCount();

  /** The rules that are not checked, or not as meant, under the current schema. */
  List<RuleProblem> ruleProblems();

  /**
   * Checks every row against the rules, page by page, and keeps the findings; rules that compare
   * rows see them all only here (a change re-checks the changed rows alone). Returns the number
   * of findings.
   *
   * @throws java.util.concurrent.CancellationException when {@code progress} asked to stop; the
   *     rows checked so far have their new findings, the others keep theirs
   */
  long validateAll(Progress progress);

  Subscription subscribe(Listener listener);

  /** Stops listening to the database; the database itself stays open. */
  @Override
  void close();
}
