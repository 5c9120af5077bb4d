package org.constl.storage.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.constl.storage.BlockStore;
import org.constl.storage.Datastore;
import org.constl.storage.Heads;
import org.constl.storage.LocalStore;
import org.constl.storage.Pins;
import org.constl.storage.RowIndexes;
import org.constl.storage.StoreException;
import org.constl.storage.StoreException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * The local store on one SQLite connection, whose use this store's monitor serialises. The
 * connection is made through sqlite-jdbc's own classes rather than {@code DriverManager}, which
 * cannot see drivers of other bundles in OSGi.
 */
public final class SqliteLocalStore implements LocalStore {

  /** One call to the database: the statements of a write, or of a read. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws SQLException, StoreException;
  }

  private final Path file;
  private final Connection connection;
  private final Statements statements;
  private final Transactions transactions;
  private final Checkpointer checkpointer;
  private final SqliteBlockStore blocks;
  private final SqlitePins pins;
  private final SqliteHeads heads;
  private final SqliteDatastore datastore;
  private final SqliteRowIndexes rowIndexes;
  private boolean closed;

  private SqliteLocalStore(Path file, Connection connection, Statements statements, Transactions transactions,
      Checkpointer checkpointer) throws SQLException {
    this.file = file;
    this.connection = connection;
    this.statements = statements;
    this.transactions = transactions;
    this.checkpointer = checkpointer;
    this.blocks = new SqliteBlockStore(this, statements);
    this.pins = new SqlitePins(this, statements, new GarbageCollector(connection, blocks));
    this.heads = new SqliteHeads(this, statements);
    this.datastore = new SqliteDatastore(this, statements);
    this.rowIndexes = new SqliteRowIndexes(this, statements);
  }

  /** Opens (creating it if needed) the store in {@code file}. */
  public static SqliteLocalStore open(Path file) throws StoreException {
    Path absolute = file.toAbsolutePath().normalize();
    requireWritable(absolute);
    Connection connection;
    try {
      connection = connect(absolute);
    } catch (SQLException e) {
      throw SqliteErrors.translate(absolute, "open the store", e);
    }
    Statements statements = new Statements(connection);
    Checkpointer checkpointer = null;
    try {
      configure(connection, absolute);
      checkpointer = new Checkpointer(checkpointConnection(absolute), absolute.toString());
      Transactions transactions = new Transactions(statements, checkpointer::committed);
      Schema.migrate(connection, transactions, absolute);
      return new SqliteLocalStore(absolute, connection, statements, transactions, checkpointer);
    } catch (SQLException e) {
      closeQuietly(statements, connection, checkpointer);
      throw SqliteErrors.translate(absolute, "open the store", e);
    } catch (StoreException e) {
      closeQuietly(statements, connection, checkpointer);
      throw e;
    }
  }

  private static Connection connect(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    // Nothing reads generated keys, and the driver would query them after every insert.
    config.setGetGeneratedKeys(false);
    return config.createConnection("jdbc:sqlite:" + file);
  }

  /** A second connection, in the write-ahead log mode the first one set, which only checkpoints. */
  private static Connection checkpointConnection(Path file) throws SQLException {
    Connection connection = connect(file);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA synchronous = FULL"); // sync the database file after copying into it
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  @Override
  public BlockStore blocks() {
    return blocks;
  }

  @Override
  public Pins pins() {
    return pins;
  }

  @Override
  public Heads heads() {
    return heads;
  }

  @Override
  public Datastore datastore() {
    return datastore;
  }

  @Override
  public RowIndexes rowIndexes() {
    return rowIndexes;
  }

  @Override
  public <T> T transaction(Work<T> work) throws StoreException {
    return call(() -> "complete a transaction", () -> transactions.transaction(work::run));
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      closeQuietly(statements, connection, checkpointer);
    }
  }

  /**
   * Runs {@code work} as its own transaction, or as part of the current one; {@code action} names
   * it in errors.
   */
  <T> T write(Supplier<String> action, Transactions.Work<T> work) throws StoreException {
    return call(action, () -> transactions.write(work));
  }

  /** Runs {@code work}, which only reads; {@code action} names it in errors. */
  <T> T read(Supplier<String> action, Transactions.Work<T> work) throws StoreException {
    return call(action, () -> transactions.read(work));
  }

  private synchronized <T> T call(Supplier<String> action, Call<T> call) throws StoreException {
    if (closed) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
    boolean failed = true;
    try {
      T result = call.run();
      failed = false;
      return result;
    } catch (SQLException e) {
      throw SqliteErrors.translate(file, action.get(), e);
    } finally {
      if (failed) {
        statements.discardAll();
      }
    }
  }

  /** Caps the database at {@code pages} pages, so tests can make it full without filling a disk. */
  synchronized void limitPageCount(long pages) throws SQLException {
    try (Statement statement = connection.createStatement()) {
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
      // The Checkpointer copies the log into the database in the background. This one, by the
      // writer after a commit, only runs when that one falls behind: at a log of 40 MB rather than
      // SQLite's 4 MB (pages that every transaction changes, such as the heads and the last pages
      // of each table, are copied and synced far less often: about 15% more small transactions
      // per second when the writer did every checkpoint).
      statement.execute("PRAGMA wal_autocheckpoint = 10000");
      // Sorting a million rows of a table (RowIndex.order) needs a sorter of about 60 MB: in
      // memory, and with a page cache of 64 MB rather than 2 MB, it takes about half the time
      // it takes spilling to temporary files.
      statement.execute("PRAGMA temp_store = MEMORY");
      statement.execute("PRAGMA cache_size = -65536");
      statement.execute("PRAGMA busy_timeout = 5000");
      statement.execute("PRAGMA foreign_keys = ON");
    }
  }

  /** Stops the checkpoints first: the last connection to close checkpoints what is left. */
  private static void closeQuietly(Statements statements, Connection connection, Checkpointer checkpointer) {
    if (checkpointer != null) {
      checkpointer.close();
    }
    statements.close();
    try {
      connection.close();
    } catch (SQLException ignored) {
      // The file stays consistent: SQLite recovers from the write-ahead log on the next open.
    }
  }
}
