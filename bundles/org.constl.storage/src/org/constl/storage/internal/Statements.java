package org.constl.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The prepared statements of one connection, prepared when the store opens (preparing costs about
 * as much as running a small statement) and closed with it.
 */
final class Statements implements AutoCloseable {

  /** One statement, prepared again after {@link #discardAll()}. */
  final class Prepared {
    private final String sql;
    private PreparedStatement statement;

    private Prepared(String sql) {
      this.sql = sql;
    }

    PreparedStatement get() throws SQLException {
      if (statement == null) {
        statement = connection.prepareStatement(sql);
      }
      return statement;
    }

    private void discard() {
      if (statement != null) {
        try {
          statement.close();
        } catch (SQLException ignored) {
          // It is dropped either way; SQLite frees what is left when the connection closes.
        }
        statement = null;
      }
    }
  }

  private final Connection connection;
  private final List<Prepared> prepared = new ArrayList<>();

  Statements(Connection connection) {
    this.connection = connection;
  }

  /** Prepares {@code sql} now, so that a mistake in it shows when the store opens. */
  Prepared prepare(String sql) throws SQLException {
    Prepared statement = new Prepared(sql);
    statement.get();
    prepared.add(statement);
    return statement;
  }

  /**
   * Runs {@code write}, whose rows take a name's number by a sub-select (a pin's owner, a
   * datastore namespace), and, when it wrote nothing because the name has no number yet, runs
   * {@code addName} then {@code write} again: one statement rather than two for every write but
   * a name's first. Both have their parameters set.
   */
  static int writeNamed(PreparedStatement write, PreparedStatement addName) throws SQLException {
    int written = write.executeUpdate();
    if (written > 0) {
      return written;
    }
    addName.executeUpdate();
    return write.executeUpdate();
  }

  /** Prepares {@code sql} built for one call (an order by the caller's columns); the caller closes it. */
  PreparedStatement prepareOnce(String sql) throws SQLException {
    return connection.prepareStatement(sql);
  }

  /**
   * Closes every statement, to be prepared again when next used. sqlite-jdbc closes a statement
   * that fails with most errors (a full disk among them) without its {@code isClosed()} saying so;
   * after a failure, no statement can be trusted.
   */
  void discardAll() {
    prepared.forEach(Prepared::discard);
  }

  @Override
  public void close() {
    discardAll();
    prepared.clear();
  }
}
