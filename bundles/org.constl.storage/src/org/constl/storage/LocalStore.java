package org.constl.storage;

import org.constl.storage.internal.SqliteLocalStore;

/**
 * The embedded store of a data folder: the file {@value #FILE_NAME}, one SQLite database in WAL
 * mode with full synchronisation, so a write acknowledged by any of its parts survives a crash or
 * a power cut. Its parts share one connection; use it from one thread at a time or accept that
 * calls are serialised.
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

  /** The blocks. */
  BlockStore blocks();

  /** Closes the database; the store's parts cannot be used afterwards. Closing twice does nothing. */
  @Override
  void close();
}
