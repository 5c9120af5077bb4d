package org.constl.storage.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.constl.storage.Datastore;
import org.constl.storage.StoreException;

/** The {@code datastore_entry} and {@code datastore_namespace} tables of a {@link SqliteLocalStore}. */
final class SqliteDatastore implements Datastore {

  private static final String NAMESPACE_ID = "(SELECT id FROM datastore_namespace WHERE name = ?)";
  private static final byte[] FIRST_KEY = {};

  private final SqliteLocalStore store;
  private final Statements.Prepared addNamespace;
  private final Statements.Prepared put;
  private final Statements.Prepared select;
  private final Statements.Prepared delete;
  private final Statements.Prepared entries;
  private final Statements.Prepared count;
  private final Statements.Prepared deleteEntries;
  private final Statements.Prepared removeNamespace;

  SqliteDatastore(SqliteLocalStore store, Statements statements) throws SQLException {
    this.store = store;
    addNamespace = statements.prepare("INSERT OR IGNORE INTO datastore_namespace (name) VALUES (?)");
    put = statements.prepare("INSERT INTO datastore_entry (namespace, key, value)"
        + " SELECT id, ?, ? FROM datastore_namespace WHERE name = ?"
        + " ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value");
    select = statements.prepare("SELECT value FROM datastore_entry WHERE namespace = " + NAMESPACE_ID
        + " AND key = ?");
    delete = statements.prepare("DELETE FROM datastore_entry WHERE namespace = " + NAMESPACE_ID + " AND key = ?");
    entries = statements.prepare("SELECT key, value FROM datastore_entry WHERE namespace = " + NAMESPACE_ID
        + " AND key >= ? ORDER BY key LIMIT ?");
    count = statements.prepare("SELECT count(*) FROM datastore_entry WHERE namespace = " + NAMESPACE_ID);
    deleteEntries = statements.prepare("DELETE FROM datastore_entry WHERE namespace = " + NAMESPACE_ID);
    removeNamespace = statements.prepare("DELETE FROM datastore_namespace WHERE name = ?");
  }

  @Override
  public Optional<byte[]> get(String namespace, String key) throws StoreException {
    Utf8.requireWellFormed("namespace", namespace);
    byte[] keyBytes = Utf8.encode("key", key);
    return store.read(() -> "read " + key + " in " + namespace, () -> {
      PreparedStatement select = this.select.get();
      select.setString(1, namespace);
      select.setBytes(2, keyBytes);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.of(result.getBytes(1)) : Optional.empty();
      }
    });
  }

  @Override
  public void put(String namespace, String key, byte[] value) throws StoreException {
    Utf8.requireWellFormed("namespace", namespace);
    byte[] keyBytes = Utf8.encode("key", key);
    Objects.requireNonNull(value, "value");
    store.write(() -> "store " + key + " in " + namespace, () -> {
      PreparedStatement put = this.put.get();
      put.setBytes(1, keyBytes);
      put.setBytes(2, value);
      put.setString(3, namespace);
      PreparedStatement addNamespace = this.addNamespace.get();
      addNamespace.setString(1, namespace);
      return Statements.writeNamed(put, addNamespace);
    });
  }

  @Override
  public boolean delete(String namespace, String key) throws StoreException {
    Utf8.requireWellFormed("namespace", namespace);
    byte[] keyBytes = Utf8.encode("key", key);
    return store.write(() -> "delete " + key + " in " + namespace, () -> {
      PreparedStatement delete = this.delete.get();
      delete.setString(1, namespace);
      delete.setBytes(2, keyBytes);
      return delete.executeUpdate() > 0;
    });
  }

  @Override
  public List<Map.Entry<String, byte[]>> entries(String namespace, String afterKey, int limit)
      throws StoreException {
    Utf8.requireWellFormed("namespace", namespace);
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be positive: " + limit);
    }
    byte[] from = afterKey == null ? FIRST_KEY : successor(Utf8.encode("key", afterKey));
    return store.read(() -> "list the keys of " + namespace, () -> {
      PreparedStatement entries = this.entries.get();
      entries.setString(1, namespace);
      entries.setBytes(2, from);
      entries.setInt(3, limit);
      List<Map.Entry<String, byte[]>> page = new ArrayList<>();
      try (ResultSet result = entries.executeQuery()) {
        while (result.next()) {
          page.add(Map.entry(new String(result.getBytes(1), StandardCharsets.UTF_8), result.getBytes(2)));
        }
      }
      return page;
    });
  }

  @Override
  public long count(String namespace) throws StoreException {
    Utf8.requireWellFormed("namespace", namespace);
    return store.read(() -> "count the keys of " + namespace, () -> {
      PreparedStatement count = this.count.get();
      count.setString(1, namespace);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    });
  }

  @Override
  public long deleteNamespace(String namespace) throws StoreException {
    Utf8.requireWellFormed("namespace", namespace);
    return store.write(() -> "delete the namespace " + namespace, () -> {
      PreparedStatement deleteEntries = this.deleteEntries.get();
      deleteEntries.setString(1, namespace);
      int removed = deleteEntries.executeUpdate();
      PreparedStatement removeNamespace = this.removeNamespace.get();
      removeNamespace.setString(1, namespace);
      removeNamespace.executeUpdate();
      return (long) removed;
    });
  }

  /** The first key after {@code key} in byte order: {@code key} followed by a zero byte. */
  private static byte[] successor(byte[] key) {
    return Arrays.copyOf(key, key.length + 1);
  }
}
