package org.constl.storage.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.constl.storage.StoreException;
import org.constl.storage.StoreException.Reason;

/**
 * The store's tables, versioned by SQLite's {@code user_version}: migration {@code i} takes a
 * store from version {@code i} to {@code i + 1}. Later versions only append migrations, so any
 * older store is upgraded in one transaction when it is opened.
 */
final class Schema {

  private static final List<List<String>> MIGRATIONS = List.of(
      // 1: blocks keyed by multihash (see BlockStore); a rowid table since block data is large.
      List.of("CREATE TABLE block (multihash BLOB PRIMARY KEY NOT NULL, data BLOB NOT NULL)"),
      // 2: pins, heads and the datastore. Owners and namespaces are numbered, so that each of their
      // rows (a pin per OrbitDB entry) repeats a small integer rather than a database address.
      // WITHOUT ROWID: these rows are small and found by their primary key, which then holds them.
      // A pin keeps its CID's codec: blocks are stored without theirs, and garbage collection must
      // know how to read a recursive pin's links. Datastore keys are UTF-8 BLOBs so that they
      // compare bytewise whatever the database's text encoding.
      List.of(
          "CREATE TABLE pin_owner (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
          "CREATE TABLE pin (multihash BLOB NOT NULL, owner INTEGER NOT NULL REFERENCES pin_owner (id),"
              + " codec INTEGER NOT NULL, recursive INTEGER NOT NULL,"
              + " PRIMARY KEY (multihash, owner)) WITHOUT ROWID",
          "CREATE INDEX pin_by_owner ON pin (owner)",
          "CREATE TABLE head (database TEXT NOT NULL, position INTEGER NOT NULL, cid BLOB NOT NULL,"
              + " PRIMARY KEY (database, position)) WITHOUT ROWID",
          "CREATE TABLE datastore_namespace (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
          "CREATE TABLE datastore_entry (namespace INTEGER NOT NULL REFERENCES datastore_namespace (id),"
              + " key BLOB NOT NULL, value BLOB NOT NULL, PRIMARY KEY (namespace, key)) WITHOUT ROWID"),
      // 3: row indexes (see RowIndex). What sorting and filtering read (key, sort values, search
      // text) is apart from the row's value and findings, so that a sort or a filter over a
      // million rows scans about 200 bytes a row rather than the whole row. Row ids are rowids:
      // the order of first writes, and what a sorted order is made of; row_entry_by_index lists a
      // table's ids in that order without scanning other tables' rows. The first slots' sort
      // values are also stored as columns of their own (s0...), typed as the JSON had them, so
      // that sorting does not parse JSON and an index can hold them (SqliteRowIndexes).
      List.of(
          "CREATE TABLE row_index (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, meta BLOB)",
          "CREATE TABLE row_entry (id INTEGER PRIMARY KEY, row_index INTEGER NOT NULL REFERENCES row_index (id),"
              + " key TEXT NOT NULL, sort TEXT NOT NULL, search TEXT NOT NULL, finding_count INTEGER NOT NULL,"
              + SqliteRowIndexes.slotColumns() + " UNIQUE (row_index, key))",
          "CREATE INDEX row_entry_by_index ON row_entry (row_index)",
          "CREATE INDEX row_entry_with_findings ON row_entry (row_index, finding_count) WHERE finding_count > 0",
          "CREATE TABLE row_value (id INTEGER PRIMARY KEY REFERENCES row_entry (id) ON DELETE CASCADE,"
              + " version TEXT NOT NULL, value BLOB NOT NULL, findings BLOB NOT NULL)"),
      // 4: each slot's index, kept up to date by every write, so that no first sort by a column
      // has to build one over a big table (about 6 s a column on a million rows).
      IntStream.range(0, SqliteRowIndexes.TYPED_SLOTS).mapToObj(SqliteRowIndexes::createIndexSql).toList());

  /** The version this code writes. */
  static final int CURRENT_VERSION = MIGRATIONS.size();

  private Schema() {}

  /** Brings the database to {@link #CURRENT_VERSION}; all or nothing. */
  static void migrate(Connection connection, Transactions transactions, Path file)
      throws SQLException, StoreException {
    int version = version(connection);
    if (version > CURRENT_VERSION) {
      throw new StoreException(Reason.NEWER_SCHEMA, "The store " + file + " has schema version " + version
          + ", written by a newer Constellation than this one (which knows up to " + CURRENT_VERSION
          + "): update Constellation");
    }
    if (version == CURRENT_VERSION) {
      return;
    }
    transactions.write(() -> {
      try (Statement statement = connection.createStatement()) {
        for (List<String> migration : MIGRATIONS.subList(version, CURRENT_VERSION)) {
          for (String sql : migration) {
            statement.execute(sql);
          }
        }
        return statement.executeUpdate("PRAGMA user_version = " + CURRENT_VERSION);
      }
    });
  }

  static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA user_version")) {
      result.next();
      return result.getInt(1);
    }
  }
}
