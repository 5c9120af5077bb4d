package org.constl.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.constl.storage.RowIndex;
import org.constl.storage.RowIndexes;
import org.constl.storage.StoreException;

/**
 * The {@code row_index}, {@code row_entry} and {@code row_value} tables of a
 * {@link SqliteLocalStore}.
 *
 * <p>A sort is read into an array of ids (4 bytes a row) that the caller pages through; a page is
 * then one query by id. Measured on a million rows of ten columns (bench/README.md, a busy 2-core
 * machine): SQLite's sorter over the JSON sort values took 2.2 to 3.4 s; through an index on the
 * slot column, 0.6 to 0.7 s (descending too: the sorter only puts ties back in id order). So a
 * sort by one of the first {@value #TYPED_SLOTS} slots with no filter reads the index
 * {@code row_entry_by_slot_N} (schema migration 4), kept up to date by every write; a filter or several keys use the sorter over the slot columns
 * (no JSON to parse), since through the index the rest would cost a table lookup per row.
 */
final class SqliteRowIndexes implements RowIndexes {

  /** The slots that have a column of their own in {@code row_entry}. */
  static final int TYPED_SLOTS = 16;
  private static final String ROW = "e.id, e.key, v.version, v.value, v.findings";
  private static final String ROW_TABLES = "row_entry e JOIN row_value v ON v.id = e.id";

  private final SqliteLocalStore store;
  private final Statements statements;
  private final Statements.Prepared addIndex;
  private final Statements.Prepared indexId;
  private final Statements.Prepared deleteIndex;
  private final Statements.Prepared selectMeta;
  private final Statements.Prepared updateMeta;
  private final Statements.Prepared count;
  private final Statements.Prepared upsertEntry;
  private final Statements.Prepared entryId;
  private final Statements.Prepared putValue;
  private final Statements.Prepared deleteEntry;
  private final Statements.Prepared clear;
  private final Statements.Prepared select;
  private final Statements.Prepared selectIds;
  private final Statements.Prepared selectAfter;
  private final Statements.Prepared setFindings;
  private final Statements.Prepared setFindingCount;
  private final Statements.Prepared findingCount;

  SqliteRowIndexes(SqliteLocalStore store, Statements statements) throws SQLException {
    this.store = store;
    this.statements = statements;
    addIndex = statements.prepare("INSERT OR IGNORE INTO row_index (name) VALUES (?)");
    indexId = statements.prepare("SELECT id FROM row_index WHERE name = ?");
    deleteIndex = statements.prepare("DELETE FROM row_index WHERE id = ?");
    selectMeta = statements.prepare("SELECT meta FROM row_index WHERE id = ?");
    updateMeta = statements.prepare("UPDATE row_index SET meta = ? WHERE id = ?");
    count = statements.prepare("SELECT count(*) FROM row_entry WHERE row_index = ?");
    upsertEntry = statements.prepare("INSERT INTO row_entry (row_index, key, sort, search, finding_count)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (row_index, key) DO UPDATE SET sort = excluded.sort,"
        + " search = excluded.search, finding_count = excluded.finding_count");
    entryId = statements.prepare("SELECT id FROM row_entry WHERE row_index = ? AND key = ?");
    putValue = statements.prepare("INSERT OR REPLACE INTO row_value (id, version, value, findings) VALUES (?, ?, ?, ?)");
    deleteEntry = statements.prepare("DELETE FROM row_entry WHERE row_index = ? AND key = ?");
    clear = statements.prepare("DELETE FROM row_entry WHERE row_index = ?");
    select = statements.prepare("SELECT " + ROW + " FROM " + ROW_TABLES + " WHERE e.row_index = ? AND e.key = ?");
    // json_each keeps the array's order in its key column: one statement for pages of any size.
    // CROSS JOIN keeps it the outer loop (SQLite would otherwise scan it once per row of the table).
    selectIds = statements.prepare("SELECT " + ROW + " FROM json_each(?) j CROSS JOIN row_entry e ON e.id = j.value"
        + " JOIN row_value v ON v.id = e.id WHERE e.row_index = ? ORDER BY j.key");
    selectAfter = statements.prepare("SELECT " + ROW + " FROM " + ROW_TABLES
        + " WHERE e.row_index = ? AND e.id > ? ORDER BY e.id LIMIT ?");
    setFindings = statements.prepare("UPDATE row_value SET findings = ? WHERE id = ?");
    setFindingCount = statements.prepare("UPDATE row_entry SET finding_count = ? WHERE id = ?");
    findingCount = statements.prepare("SELECT total(finding_count) FROM row_entry WHERE row_index = ? AND finding_count > 0");
  }

  @Override
  public RowIndex open(String name) throws StoreException {
    Utf8.requireWellFormed("index name", name);
    long id = store.write(() -> "open the row index " + name, () -> {
      PreparedStatement addIndex = this.addIndex.get();
      addIndex.setString(1, name);
      addIndex.executeUpdate();
      return find(name).orElseThrow();
    });
    return new Index(name, id);
  }

  @Override
  public boolean delete(String name) throws StoreException {
    Utf8.requireWellFormed("index name", name);
    return store.write(() -> "delete the row index " + name, () -> {
      Optional<Long> id = find(name);
      if (id.isEmpty()) {
        return false;
      }
      PreparedStatement clear = this.clear.get();
      clear.setLong(1, id.get());
      clear.executeUpdate();
      PreparedStatement deleteIndex = this.deleteIndex.get();
      deleteIndex.setLong(1, id.get());
      deleteIndex.executeUpdate();
      return true;
    });
  }

  private Optional<Long> find(String name) throws SQLException {
    PreparedStatement indexId = this.indexId.get();
    indexId.setString(1, name);
    try (ResultSet result = indexId.executeQuery()) {
      return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
    }
  }

  /** The definitions of the slot columns, each followed by a comma. */
  static String slotColumns() {
    StringBuilder columns = new StringBuilder();
    for (int slot = 0; slot < TYPED_SLOTS; slot++) {
      columns.append(" s").append(slot).append(" GENERATED ALWAYS AS (sort ->> ").append(slot).append(") STORED,");
    }
    return columns.toString();
  }

  /** Whether an order can read the index of its slot rather than sort. */
  static boolean byIndex(List<RowIndex.SortSlot> sort, boolean filtered) {
    return !filtered && sort.size() == 1 && sort.getFirst().slot() < TYPED_SLOTS;
  }

  /**
   * The SQL of an order through the sorter: each slot's value, missing ones last, then the id. A
   * slot column is read as {@code +sN}, which keeps SQLite from its index (see the class comment).
   */
  static String sorterSql(List<RowIndex.SortSlot> sort, boolean filtered) {
    StringBuilder sql = new StringBuilder("SELECT id FROM row_entry WHERE row_index = ?");
    if (filtered) {
      sql.append(" AND instr(search, ?) > 0");
    }
    sql.append(" ORDER BY ");
    for (RowIndex.SortSlot key : sort) {
      sql.append(key.slot() < TYPED_SLOTS ? "+s" + key.slot() : "(sort ->> " + key.slot() + ")")
          .append(key.ascending() ? "" : " DESC").append(" NULLS LAST, ");
    }
    return sql.append("id").toString();
  }

  /**
   * The SQL of an order by one slot through its index: the rows that have a value, then
   * ({@code missing}) those that do not, each part in the index's order.
   */
  static String indexSql(RowIndex.SortSlot key, boolean missing) {
    String column = "s" + key.slot();
    return "SELECT id FROM row_entry INDEXED BY row_entry_by_slot_" + key.slot() + " WHERE row_index = ? AND "
        + column + (missing ? " IS NULL ORDER BY id" : " IS NOT NULL ORDER BY " + column
        + (key.ascending() ? "" : " DESC") + ", id");
  }

  static String createIndexSql(int slot) {
    return "CREATE INDEX IF NOT EXISTS row_entry_by_slot_" + slot + " ON row_entry (row_index, s" + slot + ", id)";
  }

  private static RowIndex.IndexedRow row(ResultSet result) throws SQLException {
    return new RowIndex.IndexedRow(Math.toIntExact(result.getLong(1)), result.getString(2), result.getString(3),
        result.getBytes(4), result.getBytes(5));
  }

  private static List<RowIndex.IndexedRow> rows(PreparedStatement query) throws SQLException {
    List<RowIndex.IndexedRow> rows = new ArrayList<>();
    try (ResultSet result = query.executeQuery()) {
      while (result.next()) {
        rows.add(row(result));
      }
    }
    return rows;
  }

  /** One index: its name and id. */
  private final class Index implements RowIndex {
    private final String name;
    private final long id;

    Index(String name, long id) {
      this.name = name;
      this.id = id;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<byte[]> meta() throws StoreException {
      return store.read(() -> "read the row index " + name, () -> {
        PreparedStatement selectMeta = SqliteRowIndexes.this.selectMeta.get();
        selectMeta.setLong(1, id);
        try (ResultSet result = selectMeta.executeQuery()) {
          return result.next() ? Optional.ofNullable(result.getBytes(1)) : Optional.empty();
        }
      });
    }

    @Override
    public void meta(byte[] meta) throws StoreException {
      Objects.requireNonNull(meta);
      store.write(() -> "update the row index " + name, () -> {
        PreparedStatement updateMeta = SqliteRowIndexes.this.updateMeta.get();
        updateMeta.setBytes(1, meta);
        updateMeta.setLong(2, id);
        return updateMeta.executeUpdate();
      });
    }

    @Override
    public int count() throws StoreException {
      return store.read(() -> "count the rows of " + name, () -> {
        PreparedStatement count = SqliteRowIndexes.this.count.get();
        count.setLong(1, id);
        try (ResultSet result = count.executeQuery()) {
          result.next();
          return result.getInt(1);
        }
      });
    }

    @Override
    public void put(List<RowWrite> rows) throws StoreException {
      for (RowWrite row : rows) {
        Utf8.requireWellFormed("row key", row.key());
        Utf8.requireWellFormed("sort values", row.sortValues());
        Utf8.requireWellFormed("search text", row.searchText());
      }
      store.write(() -> "index " + rows.size() + " rows of " + name, () -> {
        PreparedStatement upsert = upsertEntry.get();
        PreparedStatement entryId = SqliteRowIndexes.this.entryId.get();
        PreparedStatement putValue = SqliteRowIndexes.this.putValue.get();
        for (RowWrite row : rows) {
          upsert.setLong(1, id);
          upsert.setString(2, row.key());
          upsert.setString(3, row.sortValues());
          upsert.setString(4, row.searchText());
          upsert.setInt(5, row.findingCount());
          upsert.executeUpdate();
          entryId.setLong(1, id);
          entryId.setString(2, row.key());
          long rowId;
          try (ResultSet result = entryId.executeQuery()) {
            result.next();
            rowId = result.getLong(1);
          }
          putValue.setLong(1, rowId);
          putValue.setString(2, row.version());
          putValue.setBytes(3, row.value());
          putValue.setBytes(4, row.findings());
          putValue.executeUpdate();
        }
        return null;
      });
    }

    @Override
    public int delete(Collection<String> keys) throws StoreException {
      keys.forEach(key -> Utf8.requireWellFormed("row key", key));
      return store.write(() -> "delete " + keys.size() + " rows of " + name, () -> {
        PreparedStatement deleteEntry = SqliteRowIndexes.this.deleteEntry.get();
        int deleted = 0;
        for (String key : keys) {
          deleteEntry.setLong(1, id);
          deleteEntry.setString(2, key);
          deleted += deleteEntry.executeUpdate();
        }
        return deleted;
      });
    }

    @Override
    public void clear() throws StoreException {
      store.write(() -> "clear the row index " + name, () -> {
        PreparedStatement clear = SqliteRowIndexes.this.clear.get();
        clear.setLong(1, id);
        return clear.executeUpdate();
      });
    }

    @Override
    public Optional<IndexedRow> get(String key) throws StoreException {
      Utf8.requireWellFormed("row key", key);
      return store.read(() -> "read a row of " + name, () -> {
        PreparedStatement select = SqliteRowIndexes.this.select.get();
        select.setLong(1, id);
        select.setString(2, key);
        return SqliteRowIndexes.rows(select).stream().findFirst();
      });
    }

    @Override
    public List<IndexedRow> rows(int[] ids, int from, int count) throws StoreException {
      Objects.checkFromIndexSize(from, count, ids.length);
      StringBuilder array = new StringBuilder(count * 8 + 2).append('[');
      for (int i = from; i < from + count; i++) {
        array.append(i == from ? "" : ",").append(ids[i]);
      }
      String json = array.append(']').toString();
      return store.read(() -> "read " + count + " rows of " + name, () -> {
        PreparedStatement selectIds = SqliteRowIndexes.this.selectIds.get();
        selectIds.setString(1, json);
        selectIds.setLong(2, id);
        return SqliteRowIndexes.rows(selectIds);
      });
    }

    @Override
    public List<IndexedRow> rowsAfter(int afterId, int limit) throws StoreException {
      if (limit < 1) {
        throw new IllegalArgumentException("the limit must be positive: " + limit);
      }
      return store.read(() -> "read the rows of " + name, () -> {
        PreparedStatement selectAfter = SqliteRowIndexes.this.selectAfter.get();
        selectAfter.setLong(1, id);
        selectAfter.setLong(2, afterId);
        selectAfter.setInt(3, limit);
        return SqliteRowIndexes.rows(selectAfter);
      });
    }

    @Override
    public int[] order(List<SortSlot> sort, String filter) throws StoreException {
      Utf8.requireWellFormed("filter", filter);
      boolean filtered = !filter.isEmpty();
      return store.read(() -> "sort the rows of " + name, () -> {
        IntBuffer ids = new IntBuffer();
        if (byIndex(sort, filtered)) {
          select(indexSql(sort.getFirst(), false), null, ids);
          select(indexSql(sort.getFirst(), true), null, ids);
        } else {
          select(sorterSql(sort, filtered), filtered ? filter : null, ids);
        }
        return ids.toArray();
      });
    }

    /** Adds the ids that {@code sql} selects for this index (and {@code filter}, unless null). */
    private void select(String sql, String filter, IntBuffer ids) throws SQLException {
      try (PreparedStatement query = statements.prepareOnce(sql)) {
        query.setLong(1, id);
        if (filter != null) {
          query.setString(2, filter);
        }
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            ids.add(Math.toIntExact(result.getLong(1)));
          }
        }
      }
    }

    @Override
    public boolean findings(String key, byte[] findings, int findingCount) throws StoreException {
      Utf8.requireWellFormed("row key", key);
      Objects.requireNonNull(findings);
      return store.write(() -> "keep the findings of a row of " + name, () -> {
        PreparedStatement entryId = SqliteRowIndexes.this.entryId.get();
        entryId.setLong(1, id);
        entryId.setString(2, key);
        long rowId;
        try (ResultSet result = entryId.executeQuery()) {
          if (!result.next()) {
            return false;
          }
          rowId = result.getLong(1);
        }
        PreparedStatement setFindings = SqliteRowIndexes.this.setFindings.get();
        setFindings.setBytes(1, findings);
        setFindings.setLong(2, rowId);
        setFindings.executeUpdate();
        PreparedStatement setFindingCount = SqliteRowIndexes.this.setFindingCount.get();
        setFindingCount.setInt(1, findingCount);
        setFindingCount.setLong(2, rowId);
        setFindingCount.executeUpdate();
        return true;
      });
    }

    @Override
    public long findingCount() throws StoreException {
      return store.read(() -> "count the findings of " + name, () -> {
        PreparedStatement findingCount = SqliteRowIndexes.this.findingCount.get();
        findingCount.setLong(1, id);
        try (ResultSet result = findingCount.executeQuery()) {
          result.next();
          return result.getLong(1);
        }
      });
    }
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
