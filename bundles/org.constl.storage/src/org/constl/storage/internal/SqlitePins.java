package org.constl.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.constl.ipld.Cid;
import org.constl.storage.Pins;
import org.constl.storage.StoreException;

/** The {@code pin} and {@code pin_owner} tables of a {@link SqliteLocalStore}. */
final class SqlitePins implements Pins {

  private static final String OWNER_ID = "(SELECT id FROM pin_owner WHERE name = ?)";

  private final SqliteLocalStore store;
  private final GarbageCollector collector;
  private final Statements.Prepared addOwner;
  private final Statements.Prepared pin;
  private final Statements.Prepared unpin;
  private final Statements.Prepared unpinAll;
  private final Statements.Prepared removeOwner;
  private final Statements.Prepared isPinned;
  private final Statements.Prepared isPinnedBy;
  private final Statements.Prepared count;

  SqlitePins(SqliteLocalStore store, Statements statements, GarbageCollector collector) throws SQLException {
    this.store = store;
    this.collector = collector;
    addOwner = statements.prepare("INSERT OR IGNORE INTO pin_owner (name) VALUES (?)");
    pin = statements.prepare("INSERT INTO pin (multihash, owner, codec, recursive)"
        + " SELECT ?, id, ?, ? FROM pin_owner WHERE name = ?"
        + " ON CONFLICT (multihash, owner) DO UPDATE SET codec = excluded.codec, recursive = excluded.recursive");
    unpin = statements.prepare("DELETE FROM pin WHERE multihash = ? AND owner = " + OWNER_ID);
    unpinAll = statements.prepare("DELETE FROM pin WHERE owner = " + OWNER_ID);
    removeOwner = statements.prepare("DELETE FROM pin_owner WHERE name = ?");
    isPinned = statements.prepare("SELECT 1 FROM pin WHERE multihash = ? LIMIT 1");
    isPinnedBy = statements.prepare("SELECT 1 FROM pin WHERE multihash = ? AND owner = " + OWNER_ID);
    count = statements.prepare("SELECT count(*) FROM pin WHERE owner = " + OWNER_ID);
  }

  @Override
  public void pin(Cid cid, String owner, boolean recursive) throws StoreException {
    Utf8.requireWellFormed("owner", owner);
    store.write(() -> "pin " + cid + " for " + owner, () -> {
      PreparedStatement pin = this.pin.get();
      pin.setBytes(1, cid.multihash().bytes());
      pin.setLong(2, cid.codec());
      pin.setBoolean(3, recursive);
      pin.setString(4, owner);
      PreparedStatement addOwner = this.addOwner.get();
      addOwner.setString(1, owner);
      return Statements.writeNamed(pin, addOwner);
    });
  }

  @Override
  public boolean unpin(Cid cid, String owner) throws StoreException {
    Utf8.requireWellFormed("owner", owner);
    return store.write(() -> "unpin " + cid + " for " + owner, () -> {
      PreparedStatement unpin = this.unpin.get();
      unpin.setBytes(1, cid.multihash().bytes());
      unpin.setString(2, owner);
      return unpin.executeUpdate() > 0;
    });
  }

  @Override
  public long unpinAll(String owner) throws StoreException {
    Utf8.requireWellFormed("owner", owner);
    return store.write(() -> "unpin everything " + owner + " pinned", () -> {
      PreparedStatement unpinAll = this.unpinAll.get();
      unpinAll.setString(1, owner);
      int removed = unpinAll.executeUpdate();
      PreparedStatement removeOwner = this.removeOwner.get();
      removeOwner.setString(1, owner);
      removeOwner.executeUpdate();
      return (long) removed;
    });
  }

  @Override
  public boolean isPinned(Cid cid) throws StoreException {
    return store.read(() -> "look up the pins of " + cid, () -> {
      PreparedStatement isPinned = this.isPinned.get();
      isPinned.setBytes(1, cid.multihash().bytes());
      try (ResultSet result = isPinned.executeQuery()) {
        return result.next();
      }
    });
  }

  @Override
  public boolean isPinned(Cid cid, String owner) throws StoreException {
    Utf8.requireWellFormed("owner", owner);
    return store.read(() -> "look up the pins of " + cid, () -> {
      PreparedStatement isPinnedBy = this.isPinnedBy.get();
      isPinnedBy.setBytes(1, cid.multihash().bytes());
      isPinnedBy.setString(2, owner);
      try (ResultSet result = isPinnedBy.executeQuery()) {
        return result.next();
      }
    });
  }

  @Override
  public long count(String owner) throws StoreException {
    Utf8.requireWellFormed("owner", owner);
    return store.read(() -> "count the pins of " + owner, () -> {
      PreparedStatement count = this.count.get();
      count.setString(1, owner);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    });
  }

  @Override
  public Collected collectGarbage() throws StoreException {
    return store.write(() -> "collect garbage", collector::collect);
  }
}
