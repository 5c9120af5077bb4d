package org.constl.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one SQLite transaction. The connection stays in JDBC auto-commit mode and the
 * transaction is opened with SQL: after some errors (a full disk among them) SQLite has already
 * rolled back by itself, and sqlite-jdbc's own transaction handling then fails on its next
 * commit, hiding the real error.
 */
final class Transaction {

  /** Database work that may throw. */
  @FunctionalInterface
  interface Work {
    void run() throws SQLException;
  }

  private Transaction() {}

  /** Runs {@code work} and commits, or rolls back and rethrows the work's error. */
  static void run(Connection connection, Work work) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // IMMEDIATE takes the write lock now, so the transaction cannot fail later for lack of it.
      statement.execute("BEGIN IMMEDIATE");
      try {
        work.run();
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        try {
          statement.execute("ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
          e.addSuppressed(alreadyRolledBack);
        }
        throw e;
      }
    }
  }
}
