package org.constl.storage;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The indexed rows of one database, by row key. A row keeps its id (a small integer, growing in
 * the order rows are first put) when it is put again, so ids give the order of first writes. What
 * a row holds is the caller's: its value (opaque bytes), the version it comes from, its findings
 * (opaque bytes and a count), and two derived texts the store sorts and filters by:
 * <ul>
 *   <li>{@code sortValues}: a JSON array with one scalar per column slot (the caller numbers its
 *       columns), {@code null} or absent for a missing value. Sorting compares by SQLite's order:
 *       numbers (integers and floats together) before text, text by code point.</li>
 *   <li>{@code searchText}: what the quick filter looks in, already case-folded by the caller.</li>
 * </ul>
 * Every call is one transaction, or part of the caller's {@link LocalStore#transaction}.
 */
public interface RowIndex {

  /** A row to put. */
  record RowWrite(String key, String version, byte[] value, String sortValues, String searchText, byte[] findings,
      int findingCount) {
    public RowWrite {
      Objects.requireNonNull(key);
      Objects.requireNonNull(version);
      Objects.requireNonNull(value);
      Objects.requireNonNull(sortValues);
      Objects.requireNonNull(searchText);
      Objects.requireNonNull(findings);
    }
  }

  /** A row as stored, with its id. */
  record IndexedRow(int id, String key, String version, byte[] value, byte[] findings) {
  }

  /** One key of an order: a column slot (the index in {@code sortValues}), ascending or not. */
  record SortSlot(int slot, boolean ascending) {
    public SortSlot {
      if (slot < 0) {
        throw new IllegalArgumentException("a slot is not negative: " + slot);
      }
    }
  }

  String name();

  /** What the caller keeps about the index as a whole (e.g. how much of its log it reflects). */
  Optional<byte[]> meta() throws StoreException;

  void meta(byte[] meta) throws StoreException;

  /** The number of rows. */
  int count() throws StoreException;

  /** Puts the rows, replacing those with the same keys (which keep their ids). */
  void put(List<RowWrite> rows) throws StoreException;

  /**
   * Runs {@code work}, which puts about {@code rows} rows into this index, as one
   * {@link LocalStore#transaction}. When they are at least as many as the store's indexed rows
   * already there (those of every index), the store's indexes of sort values are made once at the
   * end rather than kept up to date by each put, which is several times faster: for a table's
   * first indexing.
   */
  <T> T load(int rows, LocalStore.Work<T> work) throws StoreException;

  /** Removes the rows of these keys; returns how many there were. */
  int delete(Collection<String> keys) throws StoreException;

  /** Removes every row (not the meta). */
  void clear() throws StoreException;

  Optional<IndexedRow> get(String key) throws StoreException;

  /** The rows of {@code ids[from]} to {@code ids[from + count - 1]}, in that order; ids no row has are left out. */
  List<IndexedRow> rows(int[] ids, int from, int count) throws StoreException;

  /** Up to {@code limit} rows with ids above {@code afterId}, by id: pass the last id to get the next page. */
  List<IndexedRow> rowsAfter(int afterId, int limit) throws StoreException;

  /**
   * The ids of the rows whose search text contains {@code filter} (all rows when it is empty), in
   * the order of {@code sort}, missing values last in both directions, then by id.
   */
  int[] order(List<SortSlot> sort, String filter) throws StoreException;

  /** Replaces the findings of one row; returns whether there is such a row. */
  boolean findings(String key, byte[] findings, int findingCount) throws StoreException;

  /** The sum of the rows' finding counts. */
  long findingCount() throws StoreException;
}
