package org.constl.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.constl.storage.LocalStore;
import org.constl.storage.RowIndex;
import org.constl.storage.RowIndexes;
import org.constl.storage.StoreException;

/**
 * The {@code row_index}, {@code row_entry} and {@code row_value} tables of a
 * {@link SqliteLocalStore}.
 *
 * <p>A sort is read into an array of ids (4 bytes a row) that the caller pages through; a page is
 * then one query by id. Sorting reads the index {@code row_entry_by_slot_N} of each of the first
 * {@value #TYPED_SLOTS} slots (schema migration 4; {@link RowOrder}), kept up to date by every
 * write, or made again at the end of a large {@link Index#load}.
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

  /** The name of the index of a slot's values. */
  static String slotIndex(int slot) {
    return "row_entry_by_slot_" + slot;
  }

  static String createIndexSql(int slot) {
    return "CREATE INDEX IF NOT EXISTS " + slotIndex(slot) + " ON row_entry (row_index, s" + slot + ", id)";
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

    /**
     * A first indexing of a million rows (TableRowsBench) took about 145 s with no slot index,
     * 250 s keeping the 16 up to date row by row (each row's values go to random pages of each
     * index, which each transaction writes again), and 165 s making them at the end. Making them
     * covers every index's rows, hence only when those loaded are at least as many as those there.
     */
    @Override
    public <T> T load(int rows, LocalStore.Work<T> work) throws StoreException {
      return store.transaction(() -> {
        boolean remake = store.write(() -> "prepare to load " + rows + " rows into " + name, () -> {
          if (rows < allRows()) {
            return false;
          }
          for (int slot = 0; slot < TYPED_SLOTS; slot++) {
            execute("DROP INDEX " + slotIndex(slot));
          }
          return true;
        });
        T result = work.run();
        if (remake) {
          store.write(() -> "index the sort values of " + name, () -> {
            for (int slot = 0; slot < TYPED_SLOTS; slot++) {
              execute(createIndexSql(slot));
            }
            return null;
          });
        }
        return result;
      });
    }

    private int allRows() throws SQLException {
      try (PreparedStatement count = statements.prepareOnce("SELECT count(*) FROM row_entry");
          ResultSet result = count.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }

    private void execute(String sql) throws SQLException {
      try (PreparedStatement statement = statements.prepareOnce(sql)) {
        statement.execute();
      }
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
      return store.read(() -> "sort the rows of " + name,
          () -> new RowOrder(statements, id).ids(sort, filter));
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
}
