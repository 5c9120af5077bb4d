package org.constl.storage.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
      List.of("CREATE TABLE block (multihash BLOB PRIMARY KEY NOT NULL, data BLOB NOT NULL)"));

  /** The version this code writes. */
  static final int CURRENT_VERSION = MIGRATIONS.size();

  private Schema() {}

  /** Brings the database to {@link #CURRENT_VERSION}; all or nothing. */
  static void migrate(Connection connection, Path file) throws SQLException, StoreException {
    int version = version(connection);
    if (version > CURRENT_VERSION) {
      throw new StoreException(Reason.NEWER_SCHEMA, "The store " + file + " has schema version " + version
          + ", written by a newer Constellation than this one (which knows up to " + CURRENT_VERSION
          + "): update Constellation");
    }
    if (version == CURRENT_VERSION) {
      return;
    }
    Transaction.run(connection, () -> {
      try (Statement statement = connection.createStatement()) {
        for (List<String> migration : MIGRATIONS.subList(version, CURRENT_VERSION)) {
          for (String sql : migration) {
            statement.execute(sql);
          }
        }
        statement.execute("PRAGMA user_version = " + CURRENT_VERSION);
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
