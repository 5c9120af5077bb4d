package org.constl.storage.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.constl.storage.BlockStore;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;
import org.constl.storage.StoreException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * The local store on one SQLite connection. The connection is made through sqlite-jdbc's own
 * classes rather than {@code DriverManager}, which cannot see drivers of other bundles in OSGi.
 */
public final class SqliteLocalStore implements LocalStore {

  private final Path file;
  private final Connection connection;
  private final SqliteBlockStore blocks;
  private boolean closed;

  private SqliteLocalStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.blocks = new SqliteBlockStore(this);
  }

  /** Opens (creating it if needed) the store in {@code file}. */
  public static SqliteLocalStore open(Path file) throws StoreException {
    Path absolute = file.toAbsolutePath().normalize();
    requireWritable(absolute);
    Connection connection;
    try {
      connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + absolute);
    } catch (SQLException e) {
      throw SqliteErrors.translate(absolute, "open the store", e);
    }
    try {
      configure(connection, absolute);
      Schema.migrate(connection, absolute);
      return new SqliteLocalStore(absolute, connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw SqliteErrors.translate(absolute, "open the store", e);
    } catch (StoreException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  @Override
  public BlockStore blocks() {
    return blocks;
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      closeQuietly(connection);
    }
  }

  /** The open connection; callers synchronise on this store while they use it. */
  synchronized Connection connection() {
    if (closed) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
    return connection;
  }

  /** Caps the database at {@code pages} pages, so tests can make it full without filling a disk. */
  synchronized void limitPageCount(long pages) throws SQLException {
    try (Statement statement = connection().createStatement()) {
      statement.execute("PRAGMA max_page_count = " + pages);
    }
  }

  /**
   * SQLite opens a file it cannot write read-only without saying so, and then fails on the first
   * write; checking first gives the user the real reason at once.
   */
  private static void requireWritable(Path file) throws StoreException {
    Path folder = file.getParent();
    if (!Files.isDirectory(folder)) {
      throw new StoreException(Reason.IO, "Cannot open the store " + file + ": its folder does not exist");
    }
    if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
      throw SqliteErrors.readOnly(file, "open the store", null);
    }
  }

  private static void configure(Connection connection, Path file) throws SQLException, StoreException {
    try (Statement statement = connection.createStatement()) {
      // WAL: readers never block the writer and a commit is one append; FULL: fsync at every
      // commit, so an acknowledged write survives a power cut, not only a crash of this process.
      try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
        if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
          throw new StoreException(Reason.IO, "Cannot open the store " + file
              + ": its file system does not support SQLite's write-ahead log");
        }
      }
      statement.execute("PRAGMA synchronous = FULL");
      statement.execute("PRAGMA busy_timeout = 5000");
      statement.execute("PRAGMA foreign_keys = ON");
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // The file stays consistent: SQLite recovers from the write-ahead log on the next open.
    }
  }
}
