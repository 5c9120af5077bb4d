package org.constl.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.storage.Heads;
import org.constl.storage.StoreException;

/** The {@code head} table of a {@link SqliteLocalStore}: one row per head, numbered in order. */
final class SqliteHeads implements Heads {

  private final SqliteLocalStore store;
  private final Statements.Prepared select;
  private final Statements.Prepared clear;
  private final Statements.Prepared insert;
  private final Statements.Prepared databases;

  SqliteHeads(SqliteLocalStore store, Statements statements) throws SQLException {
    this.store = store;
    select = statements.prepare("SELECT cid FROM head WHERE database = ? ORDER BY position");
    clear = statements.prepare("DELETE FROM head WHERE database = ?");
    insert = statements.prepare("INSERT INTO head (database, position, cid) VALUES (?, ?, ?)");
    databases = statements.prepare("SELECT DISTINCT database FROM head ORDER BY database");
  }

  @Override
  public List<Cid> get(String database) throws StoreException {
    Utf8.requireWellFormed("database", database);
    return store.read(() -> "read the heads of " + database, () -> {
      PreparedStatement select = this.select.get();
      select.setString(1, database);
      List<Cid> heads = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          heads.add(cid(database, result.getBytes(1)));
        }
      }
      return heads;
    });
  }

  @Override
  public void set(String database, List<Cid> heads) throws StoreException {
    Utf8.requireWellFormed("database", database);
    List<Cid> copy = List.copyOf(heads);
    store.write(() -> "set the heads of " + database, () -> {
      PreparedStatement clear = this.clear.get();
      clear.setString(1, database);
      clear.executeUpdate();
      PreparedStatement insert = this.insert.get();
      for (int position = 0; position < copy.size(); position++) {
        insert.setString(1, database);
        insert.setInt(2, position);
        insert.setBytes(3, copy.get(position).bytes());
        insert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<String> databases() throws StoreException {
    return store.read(() -> "list the databases that have heads", () -> {
      List<String> names = new ArrayList<>();
      PreparedStatement databases = this.databases.get();
      try (ResultSet result = databases.executeQuery()) {
        while (result.next()) {
          names.add(result.getString(1));
        }
      }
      return names;
    });
  }

  private Cid cid(String database, byte[] bytes) throws StoreException {
    try {
      return Cid.decode(bytes);
    } catch (IpldException e) {
      throw SqliteErrors.damaged(store.file(), "a head of " + database + " is not a CID", e);
    }
  }
}
