package org.constl.storage.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.constl.ipld.Block;
import org.constl.ipld.Multicodec;
import org.constl.storage.RowIndex;
import org.constl.storage.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Stores written by the first version (blocks only) are upgraded when opened, all or nothing. */
class MigrationTest {

  @TempDir
  Path temp;

  private final Block block = Block.of(Multicodec.RAW, "written by version 1".getBytes());

  /** A store as version 1 left it, plus {@code extraSql}. */
  private Path versionOneStore(String... extraSql) throws Exception {
    Path file = temp.resolve("store.sqlite");
    try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("CREATE TABLE block (multihash BLOB PRIMARY KEY NOT NULL, data BLOB NOT NULL)");
      statement.execute("PRAGMA user_version = 1");
      for (String sql : extraSql) {
        statement.execute(sql);
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO block VALUES (?, ?)")) {
        insert.setBytes(1, block.cid().multihash().bytes());
        insert.setBytes(2, block.bytes());
        insert.executeUpdate();
      }
    }
    return file;
  }

  private static Object query(Path file, String sql) throws Exception {
    try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertTrue(result.next());
      return result.getObject(1);
    }
  }

  @Test
  void aVersionOneStoreKeepsItsBlocksAndGainsTheNewParts() throws Exception {
    Path file = versionOneStore();
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      assertArrayEquals(block.bytes(), store.blocks().get(block.cid()).orElseThrow());
      store.pins().pin(block.cid(), "owner", false);
      store.heads().set("db", List.of(block.cid()));
      store.datastore().put("ns", "key", new byte[] {1});
      store.rowIndexes().open("rows").put(List.of(new RowIndex.RowWrite("k", "v", new byte[] {2}, "[1]", "", new byte[0], 0)));
    }
    assertEquals(Schema.CURRENT_VERSION, query(file, "PRAGMA user_version"));
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      assertArrayEquals(block.bytes(), store.blocks().get(block.cid()).orElseThrow());
      assertTrue(store.pins().isPinned(block.cid(), "owner"));
      assertEquals(List.of(block.cid()), store.heads().get("db"));
      assertArrayEquals(new byte[] {1}, store.datastore().get("ns", "key").orElseThrow());
      assertArrayEquals(new byte[] {2}, store.rowIndexes().open("rows").get("k").orElseThrow().value());
    }
  }

  @Test
  void aMigrationThatFailsChangesNothing() throws Exception {
    // A table in the way of the migration's last statement makes it fail after the others ran.
    Path file = versionOneStore("CREATE TABLE datastore_entry (anything)");
    StoreException e = assertThrows(StoreException.class, () -> SqliteLocalStore.open(file).close());
    assertTrue(e.getMessage().contains("datastore_entry"), e.getMessage());
    assertEquals(1, query(file, "PRAGMA user_version"));
    assertEquals(0, query(file, "SELECT count(*) FROM sqlite_schema WHERE name IN ('pin', 'pin_owner', 'head')"));
    assertEquals(1, query(file, "SELECT count(*) FROM block"));
  }
}
