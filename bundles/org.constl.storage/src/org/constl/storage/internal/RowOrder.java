package org.constl.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.constl.storage.RowIndex.SortSlot;

/**
 * The ids of one row index's rows that a filter keeps, in the order of some sort slots (see
 * {@link org.constl.storage.RowIndex#order}); part of a read of {@link SqliteRowIndexes}.
 *
 * <p>Measured on a million rows of ten columns (TableRowsBench): SQLite's sorter takes 1.5 to
 * 3 s to sort them all by two slots (comparing texts dominates). A slot's index (schema migration
 * 4) lists the rows by value then id in 0.15 to 0.3 s, and how many rows each distinct value has
 * in 0.1 to 0.2 s. So an order whose slots all have an index starts from the last slot's order,
 * then sorts that again by each earlier slot with a stable counting sort on the rank of the row's
 * value: no two rows are compared here, ties are SQLite's own (1 = 1.0), and what is held is ids
 * and ranks, 4 bytes a row each. A filter is a scan of the search texts; when it keeps few of
 * the rows, SQLite's sorter on those alone is the faster.
 */
final class RowOrder {

  /** A filter that keeps up to one row in this many is ordered by SQLite's sorter. */
  private static final int SORTER_SHARE = 4;
  /** One row in this many tells what share of the rows a filter keeps. */
  private static final int SAMPLE = 256;

  private final Statements statements;
  private final long index;

  RowOrder(Statements statements, long index) {
    this.statements = statements;
    this.index = index;
  }

  /** The ids of the rows whose search text contains {@code filter} (all if empty), in order. */
  int[] ids(List<SortSlot> sort, String filter) throws SQLException {
    boolean filtered = !filter.isEmpty();
    if (sort.isEmpty() && !filtered) {
      return written();
    }
    if (!sort.isEmpty() && indexed(sort) && (!filtered || keepsMany(filter))) {
      BitSet kept = null;
      if (filtered) {
        kept = new BitSet();
        for (int id : select(sorterSql(List.of(), true), filter)) {
          kept.set(id);
        }
      }
      return byIndexes(sort, kept);
    }
    return select(sorterSql(sort, filtered), filtered ? filter : null);
  }

  /**
   * Every id, ascending: the order rows were first written, what a table opens on. Read as one
   * text of ids, not a row each: for a million, 0.11 s rather than 0.16 to 0.29 s (the driver
   * makes a native call or two a row), measured with the pages cached. SQL promises no order
   * without ORDER BY (which would sort them again): the index gives it, sorted here should a plan not.
   */
  private int[] written() throws SQLException {
    String text;
    try (PreparedStatement query = statements.prepareOnce("SELECT group_concat(id) FROM row_entry"
        + " INDEXED BY row_entry_by_index WHERE row_index = ?")) {
      query.setLong(1, index);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        text = Objects.requireNonNullElse(result.getString(1), "");
      }
    }
    int[] ids = parseIds(text);
    for (int i = 1; i < ids.length; i++) {
      if (ids[i - 1] > ids[i]) {
        Arrays.sort(ids);
        break;
      }
    }
    return ids;
  }

  /** The ids of a text of decimal ids separated by commas (SQLite's {@code group_concat}). */
  private static int[] parseIds(String text) {
    if (text.isEmpty()) {
      return new int[0];
    }
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        count++;
      }
    }
    int[] ids = new int[count];
    int at = 0;
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        ids[at++] = value;
        value = 0;
      } else {
        value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
      }
    }
    ids[at] = value;
    return ids;
  }

  private static boolean indexed(List<SortSlot> sort) {
    return sort.stream().allMatch(key -> key.slot() < SqliteRowIndexes.TYPED_SLOTS);
  }

  /**
   * Whether {@code filter} keeps more than one row in {@value #SORTER_SHARE}, judging by a sample
   * of the rows (0.06 s for a million): sorting few rows, SQLite's sorter is the faster.
   */
  private boolean keepsMany(String filter) throws SQLException {
    try (PreparedStatement query = statements.prepareOnce("SELECT count(*), total(instr(search, ?2) > 0)"
        + " FROM row_entry WHERE row_index = ?1 AND id % " + SAMPLE + " = 0")) {
      query.setLong(1, index);
      query.setString(2, filter);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(2) * SORTER_SHARE > result.getLong(1);
      }
    }
  }

  /** The order through the slots' indexes (see the class comment), of the rows in {@code kept} unless null. */
  private int[] byIndexes(List<SortSlot> sort, BitSet kept) throws SQLException {
    SortSlot last = sort.getLast();
    Valued valued = valued(last.slot(), !last.ascending());
    int[] withValue = last.ascending() ? valued.ids() : valued.descending();
    int[] missing = select("SELECT id FROM row_entry INDEXED BY " + SqliteRowIndexes.slotIndex(last.slot())
        + " WHERE row_index = ? AND s" + last.slot() + " IS NULL ORDER BY id", null);
    int[] order = Arrays.copyOf(withValue, withValue.length + missing.length);
    System.arraycopy(missing, 0, order, withValue.length, missing.length);
    if (kept != null) {
      order = Arrays.stream(order).filter(kept::get).toArray();
    }
    for (int k = sort.size() - 2; k >= 0 && order.length > 1; k--) {
      order = sortByRank(order, sort.get(k));
    }
    return order;
  }

  /**
   * The rows that have a value in a slot, by its index: their ids by value then id and, if
   * {@code grouped}, how many rows each distinct value has, in the same order, as SQLite groups
   * them.
   */
  private Valued valued(int slot, boolean grouped) throws SQLException {
    String from = " FROM row_entry INDEXED BY " + SqliteRowIndexes.slotIndex(slot) + " WHERE row_index = ? AND s" + slot
        + " IS NOT NULL ";
    int[] groups = grouped ? select("SELECT count(*)" + from + "GROUP BY s" + slot, null) : null;
    return new Valued(select("SELECT id" + from + "ORDER BY s" + slot + ", id", null), groups);
  }

  /** See {@link #valued}. */
  private record Valued(int[] ids, int[] groups) {

    /** The ids by value descending, then still by id. */
    int[] descending() {
      int[] descending = new int[ids.length];
      int from = 0;
      for (int size : groups) {
        System.arraycopy(ids, from, descending, ids.length - from - size, size);
        from += size;
      }
      return descending;
    }

    /**
     * The rank of each row's value among the distinct values, from 1, at {@code id - min} for
     * ids from {@code min} to {@code max}; 0 for the ids that have no value.
     */
    int[] ranks(int min, int max) {
      int[] ranks = new int[max - min + 1];
      int at = 0;
      for (int group = 0; group < groups.length; group++) {
        for (int end = at + groups[group]; at < end; at++) {
          if (ids[at] >= min && ids[at] <= max) {
            ranks[ids[at] - min] = group + 1;
          }
        }
      }
      return ranks;
    }
  }

  /** {@code ids} sorted again, stably, by the slot of {@code key}: a counting sort on the ranks of their values. */
  private int[] sortByRank(int[] ids, SortSlot key) throws SQLException {
    int min = Arrays.stream(ids).min().orElseThrow();
    int max = Arrays.stream(ids).max().orElseThrow();
    Valued valued = valued(key.slot(), true);
    int[] ranks = valued.ranks(min, max);
    int distinct = valued.groups().length;
    int[] starts = new int[distinct + 3];
    for (int id : ids) {
      starts[place(ranks[id - min], distinct, key.ascending()) + 1]++;
    }
    for (int place = 1; place < starts.length; place++) {
      starts[place] += starts[place - 1];
    }
    int[] sorted = new int[ids.length];
    for (int id : ids) {
      sorted[starts[place(ranks[id - min], distinct, key.ascending())]++] = id;
    }
    return sorted;
  }

  /** Where a rank goes, from 1: in its direction among {@code distinct} values, after them when missing (0). */
  private static int place(int rank, int distinct, boolean ascending) {
    if (rank == 0) {
      return distinct + 1;
    }
    return ascending ? rank : distinct + 1 - rank;
  }

  /**
   * The SQL of an order by SQLite's sorter, of all rows or ({@code filtered}) of those whose
   * search text contains the second parameter: each slot's value, missing ones last, then the id.
   * A slot column is read as {@code +sN}, which keeps SQLite from its index (a table lookup a row).
   */
  private static String sorterSql(List<SortSlot> sort, boolean filtered) {
    StringBuilder sql = new StringBuilder("SELECT id FROM row_entry WHERE row_index = ?1");
    if (filtered) {
      sql.append(" AND instr(search, ?2) > 0");
    }
    sql.append(" ORDER BY ");
    for (SortSlot key : sort) {
      sql.append(key.slot() < SqliteRowIndexes.TYPED_SLOTS ? "+s" + key.slot() : "(sort ->> " + key.slot() + ")")
          .append(key.ascending() ? "" : " DESC").append(" NULLS LAST, ");
    }
    return sql.append("id").toString();
  }

  /** The first column of what {@code sql} selects for this index, given {@code parameter} unless null. */
  private int[] select(String sql, String parameter) throws SQLException {
    IntBuffer values = new IntBuffer();
    try (PreparedStatement query = statements.prepareOnce(sql)) {
      query.setLong(1, index);
      if (parameter != null) {
        query.setString(2, parameter);
      }
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          values.add(Math.toIntExact(result.getLong(1)));
        }
      }
    }
    return values.toArray();
  }

  /** A growing array of ints: a million ids without a million boxed Integers. */
  private static final class IntBuffer {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
