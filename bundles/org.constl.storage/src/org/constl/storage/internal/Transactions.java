package org.constl.storage.internal;

import java.sql.SQLException;
import org.constl.storage.StoreException;

/**
 * The transactions of one connection. The connection stays in JDBC auto-commit mode and
 * transactions are opened with SQL: after some errors (a full disk among them) SQLite has already
 * rolled back by itself, and sqlite-jdbc's own transaction handling then fails on its next commit,
 * hiding the real error.
 * <p>
 * For the same reason a transaction in which a statement failed can only end by rolling back, even
 * when the caller caught the error: SQLite may have ended it already, and every later statement
 * would then commit on its own. Not thread-safe: the store's monitor guards it.
 */
final class Transactions {

  /** Database work that may throw. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException, StoreException;
  }

  private final Statements.Prepared begin;
  private final Statements.Prepared commit;
  private final Statements.Prepared rollback;
  private final Statements.Prepared savepoint;
  private final Statements.Prepared release;
  private final Statements.Prepared rollbackToSavepoint;
  private final Runnable committed;
  private int depth;
  private SQLException failure;

  /** {@code committed} runs after each commit of an outermost transaction. */
  Transactions(Statements statements, Runnable committed) throws SQLException {
    this.committed = committed;
    // IMMEDIATE takes the write lock now, so the transaction cannot fail later for lack of it.
    begin = statements.prepare("BEGIN IMMEDIATE");
    commit = statements.prepare("COMMIT");
    rollback = statements.prepare("ROLLBACK");
    savepoint = statements.prepare("SAVEPOINT nested");
    release = statements.prepare("RELEASE nested");
    rollbackToSavepoint = statements.prepare("ROLLBACK TO nested");
  }

  /** Runs {@code work} as its own transaction, or as part of the current one. */
  <T> T write(Work<T> work) throws SQLException, StoreException {
    return depth == 0 ? outermost(work) : joined(work);
  }

  /** Runs {@code work}, which only reads, inside the current transaction if there is one. */
  <T> T read(Work<T> work) throws SQLException, StoreException {
    return depth == 0 ? work.run() : joined(work);
  }

  /**
   * Runs {@code work} as a transaction. Inside another one it joins it, and when it throws only
   * its own writes are undone (a savepoint), so the caller may catch the error and go on.
   */
  <T> T transaction(Work<T> work) throws SQLException, StoreException {
    return depth == 0 ? outermost(work) : nested(work);
  }

  private <T> T outermost(Work<T> work) throws SQLException, StoreException {
    begin.get().executeUpdate();
    depth = 1;
    try {
      T result = work.run();
      requireNoFailure();
      commit.get().executeUpdate();
      committed.run();
      return result;
    } catch (Throwable e) {
      try {
        rollback.get().executeUpdate();
      } catch (SQLException alreadyRolledBack) {
        e.addSuppressed(alreadyRolledBack);
      }
      throw e;
    } finally {
      depth = 0;
      failure = null;
    }
  }

  private <T> T joined(Work<T> work) throws SQLException, StoreException {
    requireNoFailure();
    try {
      return work.run();
    } catch (SQLException e) {
      failure = e;
      throw e;
    }
  }

  private <T> T nested(Work<T> work) throws SQLException, StoreException {
    requireNoFailure();
    savepoint.get().executeUpdate();
    depth++;
    try {
      T result = work.run();
      requireNoFailure();
      release.get().executeUpdate();
      return result;
    } catch (Throwable e) {
      if (failure == null) {
        try {
          rollbackToSavepoint.get().executeUpdate();
          release.get().executeUpdate();
        } catch (SQLException cannotUndo) {
          failure = cannotUndo;
          e.addSuppressed(cannotUndo);
        }
      }
      throw e;
    } finally {
      depth--;
    }
  }

  private void requireNoFailure() throws SQLException {
    if (failure != null) {
      throw new SQLException("an earlier statement of this transaction failed: " + failure.getMessage(),
          failure.getSQLState(), failure.getErrorCode(), failure);
    }
  }
}
