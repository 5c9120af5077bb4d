package org.constl.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Optional;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.storage.BlockStore;
import org.constl.storage.StoreException;
import org.constl.storage.StoreException.Reason;

/** The {@code block} table of a {@link SqliteLocalStore}. */
final class SqliteBlockStore implements BlockStore {

  private static final String INSERT = "INSERT OR IGNORE INTO block (multihash, data) VALUES (?, ?)";
  private static final String SELECT = "SELECT data FROM block WHERE multihash = ?";
  private static final String EXISTS = "SELECT 1 FROM block WHERE multihash = ?";
  private static final String DELETE = "DELETE FROM block WHERE multihash = ?";

  private final SqliteLocalStore database;

  SqliteBlockStore(SqliteLocalStore database) {
    this.database = database;
  }

  @Override
  public void put(Cid cid, byte[] bytes) throws StoreException {
    requireValid(cid, bytes);
    synchronized (database) {
      try (PreparedStatement insert = database.connection().prepareStatement(INSERT)) {
        insert(insert, cid, bytes);
      } catch (SQLException e) {
        throw SqliteErrors.translate(database.file(), "store block " + cid, e);
      }
    }
  }

  @Override
  public void putAll(Collection<Block> blocks) throws StoreException {
    for (Block block : blocks) {
      requireValid(block.cid(), block.bytes());
    }
    synchronized (database) {
      Connection connection = database.connection();
      try {
        Transaction.run(connection, () -> {
          try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Block block : blocks) {
              insert(insert, block.cid(), block.bytes());
            }
          }
        });
      } catch (SQLException e) {
        throw SqliteErrors.translate(database.file(), "store " + blocks.size() + " blocks", e);
      }
    }
  }

  @Override
  public Optional<byte[]> get(Cid cid) throws StoreException {
    byte[] bytes;
    synchronized (database) {
      try (PreparedStatement select = database.connection().prepareStatement(SELECT)) {
        select.setBytes(1, cid.multihash().bytes());
        try (ResultSet result = select.executeQuery()) {
          if (!result.next()) {
            return Optional.empty();
          }
          bytes = result.getBytes(1);
        }
      } catch (SQLException e) {
        throw SqliteErrors.translate(database.file(), "read block " + cid, e);
      }
    }
    // SQLite checksums nothing: a damaged page would otherwise be returned as a valid block.
    if (!matches(cid, bytes)) {
      throw SqliteErrors.damaged(database.file(), "block " + cid + " no longer matches its hash", null);
    }
    return Optional.of(bytes);
  }

  @Override
  public boolean has(Cid cid) throws StoreException {
    synchronized (database) {
      try (PreparedStatement exists = database.connection().prepareStatement(EXISTS)) {
        exists.setBytes(1, cid.multihash().bytes());
        try (ResultSet result = exists.executeQuery()) {
          return result.next();
        }
      } catch (SQLException e) {
        throw SqliteErrors.translate(database.file(), "look up block " + cid, e);
      }
    }
  }

  @Override
  public boolean delete(Cid cid) throws StoreException {
    synchronized (database) {
      try (PreparedStatement delete = database.connection().prepareStatement(DELETE)) {
        delete.setBytes(1, cid.multihash().bytes());
        return delete.executeUpdate() > 0;
      } catch (SQLException e) {
        throw SqliteErrors.translate(database.file(), "delete block " + cid, e);
      }
    }
  }

  @Override
  public long count() throws StoreException {
    synchronized (database) {
      try (Statement statement = database.connection().createStatement();
          ResultSet result = statement.executeQuery("SELECT count(*) FROM block")) {
        result.next();
        return result.getLong(1);
      } catch (SQLException e) {
        throw SqliteErrors.translate(database.file(), "count the blocks", e);
      }
    }
  }

  private static void insert(PreparedStatement insert, Cid cid, byte[] bytes) throws SQLException {
    insert.setBytes(1, cid.multihash().bytes());
    insert.setBytes(2, bytes);
    insert.executeUpdate();
  }

  private static void requireValid(Cid cid, byte[] bytes) throws StoreException {
    if (bytes.length > MAX_BLOCK_LENGTH) {
      throw new StoreException(Reason.INVALID_BLOCK, "Block " + cid + " has " + bytes.length
          + " bytes, more than the " + MAX_BLOCK_LENGTH + " a block may have");
    }
    try {
      if (!cid.multihash().matches(bytes)) {
        throw new StoreException(Reason.INVALID_BLOCK, "Block refused: its bytes do not hash to " + cid);
      }
    } catch (IpldException e) {
      throw new StoreException(Reason.INVALID_BLOCK, "Block " + cid + " refused: " + e.getMessage(), e);
    }
  }

  private static boolean matches(Cid cid, byte[] bytes) {
    try {
      return cid.multihash().matches(bytes);
    } catch (IpldException e) {
      return false;
    }
  }
}
