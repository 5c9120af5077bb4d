package org.constl.storage;

import org.constl.storage.internal.SqliteLocalStore;

/**
 * The embedded store of a data folder: the file {@value #FILE_NAME}, one SQLite database in WAL
 * mode with full synchronisation, so a write acknowledged by any of its parts survives a crash or
 * a power cut. Its parts share one connection and every call holds the store object's monitor,
 * so callers that must order their own locks after the store's synchronise on it.
 */
public interface LocalStore extends AutoCloseable {

  /** The store's file name in the data folder. */
  String FILE_NAME = "store.sqlite";

  /**
   * Opens the store of {@code folder}, creating it or upgrading its schema when needed.
   *
   * @throws StoreException when the file is damaged, read-only, written by a newer version, or
   *     the disk is full
   */
  static LocalStore open(DataFolder folder) throws StoreException {
    return SqliteLocalStore.open(folder.path().resolve(FILE_NAME));
  }

  /** Work done inside {@link LocalStore#transaction}. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws StoreException;
  }

  /** The blocks. */
  BlockStore blocks();

  /** Which blocks are kept, and garbage collection of the others. */
  Pins pins();

  /** The heads of each database. */
  Heads heads();

  /** Small values by namespace and key. */
  Datastore datastore();

  /** Typed copies of databases' rows, to page, sort and filter them. */
  RowIndexes rowIndexes();

  /**
   * Runs {@code work} as one transaction: every write it makes through this store's parts is
   * durable when this returns, or none is kept when it throws (whatever it throws, rethrown as
   * it is). Calls made inside {@code work} join the same transaction; other threads wait until it
   * ends, so {@code work} must not wait for another thread that uses this store.
   * <p>
   * A transaction started inside another one joins it too; when it throws, only its own writes
   * are undone, so the outer work may catch the error and go on. A part that fails on a database
   * error (a full disk, say) ends the whole transaction, caught or not: every later call inside it
   * fails, and this method throws that error, keeping nothing.
   */
  <T> T transaction(Work<T> work) throws StoreException;

  /** Closes the database; the store's parts cannot be used afterwards. Closing twice does nothing. */
  @Override
  void close();
}
