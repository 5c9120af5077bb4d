package org.constl.storage.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.constl.ipld.Block;
import org.constl.ipld.Multicodec;
import org.constl.storage.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, simulated with SQLite's page limit: SQLite then fails exactly as when the disk is
 * full (SQLITE_FULL), which is the path under test; a real full disk needs a small file system
 * this test runtime cannot mount.
 */
class DiskFullTest {

  @TempDir
  Path temp;

  private static final String DB = "/orbitdb/zdpuAmrcSRUhkQcnRQ6p4bphs7DJWGBkqczSGFYynX6moTcDL";

  private final Random random = new Random(3);

  private Block randomBlock(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return Block.of(Multicodec.RAW, bytes);
  }

  @Test
  void aWriteThatFillsTheDiskIsRefusedWholeAndTheStoreStaysUsable() throws Exception {
    Path file = temp.resolve("store.sqlite");
    Block before = randomBlock(10_000);
    Block after = randomBlock(100);
    List<Block> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      batch.add(randomBlock(50_000));
    }
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      store.blocks().put(before.cid(), before.bytes());
      store.limitPageCount(100); // 400 kB with 4 kB pages: less than the batch's 1 MB
      StoreException e = assertThrows(StoreException.class, () -> store.blocks().putAll(batch));
      assertEquals(StoreException.Reason.DISK_FULL, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("full"), e.getMessage());
      assertEquals(1, store.blocks().count());
      store.blocks().put(after.cid(), after.bytes()); // small enough: the connection still works
    }
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      assertArrayEquals(before.bytes(), store.blocks().get(before.cid()).orElseThrow());
      assertArrayEquals(after.bytes(), store.blocks().get(after.cid()).orElseThrow());
      for (Block block : batch) {
        assertFalse(store.blocks().has(block.cid()));
      }
      store.blocks().putAll(batch);
    }
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      assertEquals(2 + batch.size(), store.blocks().count());
    }
  }

  /** One entry as the orbitdb layer writes it, through every part. */
  private static void writeEntry(SqliteLocalStore store, Block entry, String key) throws StoreException {
    store.blocks().put(entry.cid(), entry.bytes());
    store.pins().pin(entry.cid(), DB, false);
    store.heads().set(DB, List.of(entry.cid()));
    store.datastore().put("index", key, entry.bytes());
  }

  private static void assertOnlyEntry(SqliteLocalStore store, Block entry, String key) throws StoreException {
    assertEquals(1, store.blocks().count());
    assertArrayEquals(entry.bytes(), store.blocks().get(entry.cid()).orElseThrow());
    assertEquals(1, store.pins().count(DB));
    assertTrue(store.pins().isPinned(entry.cid(), DB));
    assertEquals(List.of(entry.cid()), store.heads().get(DB));
    List<String> keys = store.datastore().entries("index", null, 10).stream().map(Map.Entry::getKey).toList();
    assertEquals(List.of(key), keys);
  }

  @Test
  void aTransactionThatFillsTheDiskKeepsNothingOfAnyPart() throws Exception {
    Path file = temp.resolve("store.sqlite");
    Block before = randomBlock(10_000);
    Block failed = randomBlock(1_000);
    Block after = randomBlock(100);
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      writeEntry(store, before, "before");
      store.limitPageCount(100);
      StoreException e = assertThrows(StoreException.class, () -> store.transaction(() -> {
        writeEntry(store, failed, "failed");
        for (int i = 0; i < 20; i++) {
          Block big = randomBlock(50_000);
          store.blocks().put(big.cid(), big.bytes());
        }
        return null;
      }));
      assertEquals(StoreException.Reason.DISK_FULL, e.reason(), e.getMessage());
      assertOnlyEntry(store, before, "before");
    }
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      assertOnlyEntry(store, before, "before");
      store.transaction(() -> {
        writeEntry(store, after, "after");
        return null;
      });
      assertEquals(List.of(after.cid()), store.heads().get(DB));
    }
  }

  @Test
  void aFullDiskCaughtInsideATransactionStillRollsItAllBack() throws Exception {
    Path file = temp.resolve("store.sqlite");
    Block before = randomBlock(10_000);
    Block failed = randomBlock(1_000);
    List<Block> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      batch.add(randomBlock(50_000));
    }
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      writeEntry(store, before, "before");
      store.limitPageCount(100);
      StoreException e = assertThrows(StoreException.class, () -> store.transaction(() -> {
        writeEntry(store, failed, "failed");
        assertEquals(StoreException.Reason.DISK_FULL,
            assertThrows(StoreException.class, () -> store.blocks().putAll(batch)).reason());
        // SQLite may have ended the transaction already: later writes must not be kept either.
        assertEquals(StoreException.Reason.DISK_FULL, assertThrows(StoreException.class,
            () -> store.datastore().put("index", "later", new byte[1])).reason());
        return "the caller swallowed the errors";
      }));
      assertEquals(StoreException.Reason.DISK_FULL, e.reason(), e.getMessage());
      assertOnlyEntry(store, before, "before");
    }
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      assertOnlyEntry(store, before, "before");
    }
  }
}
