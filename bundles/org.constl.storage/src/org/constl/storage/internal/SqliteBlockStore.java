package org.constl.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.storage.BlockStore;
import org.constl.storage.StoreException;

/** The {@code block} table of a {@link SqliteLocalStore}. */
final class SqliteBlockStore implements BlockStore {

  private final SqliteLocalStore store;
  private final Statements.Prepared insert;
  private final Statements.Prepared select;
  private final Statements.Prepared exists;
  private final Statements.Prepared delete;
  private final Statements.Prepared count;

  SqliteBlockStore(SqliteLocalStore store, Statements statements) throws SQLException {
    this.store = store;
    insert = statements.prepare("INSERT OR IGNORE INTO block (multihash, data) VALUES (?, ?)");
    select = statements.prepare("SELECT data FROM block WHERE multihash = ?");
    exists = statements.prepare("SELECT 1 FROM block WHERE multihash = ?");
    delete = statements.prepare("DELETE FROM block WHERE multihash = ?");
    count = statements.prepare("SELECT count(*) FROM block");
  }

  @Override
  public void put(Cid cid, byte[] bytes) throws StoreException {
    BlockChecks.requireValid(cid, bytes);
    store.write(() -> "store block " + cid, () -> insert(cid, bytes));
  }

  @Override
  public void putAll(Collection<Block> blocks) throws StoreException {
    for (Block block : blocks) {
      BlockChecks.requireValid(block.cid(), block.bytes());
    }
    store.write(() -> "store " + blocks.size() + " blocks", () -> {
      for (Block block : blocks) {
        insert(block.cid(), block.bytes());
      }
      return null;
    });
  }

  @Override
  public Optional<byte[]> get(Cid cid) throws StoreException {
    byte[] bytes = store.read(() -> "read block " + cid, () -> stored(cid.multihash().bytes()));
    if (bytes == null) {
      return Optional.empty();
    }
    // SQLite checksums nothing: a damaged page would otherwise be returned as a valid block.
    if (!BlockChecks.matches(cid, bytes)) {
      throw SqliteErrors.damaged(store.file(), "block " + cid + " no longer matches its hash", null);
    }
    return Optional.of(bytes);
  }

  @Override
  public boolean has(Cid cid) throws StoreException {
    return store.read(() -> "look up block " + cid, () -> {
      PreparedStatement exists = this.exists.get();
      exists.setBytes(1, cid.multihash().bytes());
      try (ResultSet result = exists.executeQuery()) {
        return result.next();
      }
    });
  }

  @Override
  public boolean delete(Cid cid) throws StoreException {
    return store.write(() -> "delete block " + cid, () -> {
      PreparedStatement delete = this.delete.get();
      delete.setBytes(1, cid.multihash().bytes());
      return delete.executeUpdate() > 0;
    });
  }

  @Override
  public long count() throws StoreException {
    return store.read(() -> "count the blocks", () -> {
      PreparedStatement count = this.count.get();
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    });
  }

  /** The bytes stored under {@code multihash}, unchecked, or null when there are none. */
  byte[] stored(byte[] multihash) throws SQLException {
    PreparedStatement select = this.select.get();
    select.setBytes(1, multihash);
    try (ResultSet result = select.executeQuery()) {
      return result.next() ? result.getBytes(1) : null;
    }
  }

  private int insert(Cid cid, byte[] bytes) throws SQLException {
    PreparedStatement insert = this.insert.get();
    insert.setBytes(1, cid.multihash().bytes());
    insert.setBytes(2, bytes);
    return insert.executeUpdate();
  }
}
