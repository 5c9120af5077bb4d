package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.Multicodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {

  private static final String DB = "/orbitdb/zdpuAmrcSRUhkQcnRQ6p4bphs7DJWGBkqczSGFYynX6moTcDL";

  @TempDir
  Path temp;

  private static Block block(String content) {
    return Block.of(Multicodec.DAG_CBOR, content.getBytes(StandardCharsets.UTF_8));
  }

  /** What the orbitdb layer writes for one entry: the block, its pin, the new head, an index value. */
  private static void writeEntry(LocalStore store, String database, Block entry, String key)
      throws StoreException {
    store.blocks().put(entry.cid(), entry.bytes());
    store.pins().pin(entry.cid(), database, false);
    store.heads().set(database, List.of(entry.cid()));
    store.datastore().put("index/" + database, key, entry.bytes());
  }

  private static void assertEntry(LocalStore store, String database, Block entry, String key)
      throws StoreException {
    assertArrayEquals(entry.bytes(), store.blocks().get(entry.cid()).orElseThrow());
    assertTrue(store.pins().isPinned(entry.cid(), database));
    assertArrayEquals(entry.bytes(), store.datastore().get("index/" + database, key).orElseThrow());
  }

  private static void assertNoEntry(LocalStore store, String database, Block entry, String key)
      throws StoreException {
    assertFalse(store.blocks().has(entry.cid()));
    assertFalse(store.pins().isPinned(entry.cid()));
    assertEquals(Optional.empty(), store.datastore().get("index/" + database, key));
  }

  @Test
  void everyPartsWritesAreKeptTogether() throws Exception {
    Block entry = block("entry 1");
    Stores.with(temp, store -> assertEquals("done", store.transaction(() -> {
      writeEntry(store, DB, entry, "k1");
      return "done";
    })));
    Stores.with(temp, store -> {
      assertEntry(store, DB, entry, "k1");
      assertEquals(List.of(entry.cid()), store.heads().get(DB));
    });
  }

  @Test
  void whateverTheWorkThrowsNothingOfItIsKeptAndTheErrorIsRethrownAsItIs() throws Exception {
    Block before = block("before");
    Block failed = block("failed");
    List<Exception> errors = List.of(new IllegalStateException("runtime"),
        new StoreException(StoreException.Reason.IO, "checked"));
    Stores.with(temp, store -> {
      writeEntry(store, DB, before, "before");
      for (Exception error : errors) {
        Exception thrown = assertThrows(Exception.class, () -> store.transaction(() -> {
          writeEntry(store, DB, failed, "failed");
          store.blocks().putAll(List.of(block("in putAll")));
          store.heads().set("/orbitdb/another", List.of(failed.cid()));
          assertTrue(store.blocks().has(failed.cid()), "the transaction sees its own writes");
          if (error instanceof StoreException storeError) {
            throw storeError;
          }
          throw (RuntimeException) error;
        }));
        assertSame(error, thrown);
      }
    });
    Stores.with(temp, store -> {
      assertEntry(store, DB, before, "before");
      assertNoEntry(store, DB, failed, "failed");
      assertFalse(store.blocks().has(block("in putAll").cid()));
      assertEquals(List.of(before.cid()), store.heads().get(DB));
      assertEquals(List.of(DB), store.heads().databases());
      assertEquals(1, store.blocks().count());
      assertEquals(1, store.pins().count(DB));
    });
  }

  @Test
  void nestedTransactionsJoinTheOuterOne() throws Exception {
    Block inner = block("inner");
    Block outer = block("outer");
    Stores.with(temp, store -> {
      RuntimeException error = new RuntimeException("after the inner transaction");
      assertSame(error, assertThrows(RuntimeException.class, () -> store.transaction(() -> {
        writeEntry(store, DB, outer, "outer");
        store.transaction(() -> {
          writeEntry(store, DB, inner, "inner");
          return null;
        });
        throw error;
      })));
      assertNoEntry(store, DB, inner, "inner");
      assertNoEntry(store, DB, outer, "outer");

      store.transaction(() -> {
        writeEntry(store, DB, outer, "outer");
        return store.transaction(() -> store.transaction(() -> {
          writeEntry(store, DB, inner, "inner");
          return null;
        }));
      });
    });
    Stores.with(temp, store -> {
      assertEntry(store, DB, outer, "outer");
      assertEntry(store, DB, inner, "inner");
    });
  }

  @Test
  void aNestedTransactionThatThrowsUndoesOnlyItsOwnWrites() throws Exception {
    Block kept = block("kept");
    Block undone = block("undone");
    Block afterwards = block("afterwards");
    Stores.with(temp, store -> store.transaction(() -> {
      writeEntry(store, DB, kept, "kept");
      assertThrows(IllegalArgumentException.class, () -> store.transaction(() -> {
        writeEntry(store, DB, undone, "undone");
        throw new IllegalArgumentException("refused");
      }));
      assertNoEntry(store, DB, undone, "undone");
      assertEquals(List.of(kept.cid()), store.heads().get(DB));
      writeEntry(store, DB, afterwards, "afterwards");
      return null;
    }));
    Stores.with(temp, store -> {
      assertEntry(store, DB, kept, "kept");
      assertEntry(store, DB, afterwards, "afterwards");
      assertNoEntry(store, DB, undone, "undone");
    });
  }

  @Test
  void anInvalidBlockRefusedInsideATransactionDoesNotSpoilIt() throws Exception {
    Block entry = block("entry");
    Block other = block("other");
    Stores.with(temp, store -> store.transaction(() -> {
      writeEntry(store, DB, entry, "entry");
      assertEquals(StoreException.Reason.INVALID_BLOCK, assertThrows(StoreException.class,
          () -> store.blocks().put(other.cid(), entry.bytes())).reason());
      return null;
    }));
    Stores.with(temp, store -> assertEntry(store, DB, entry, "entry"));
  }

  @Test
  void concurrentTransactionsAreEachKeptWhole() throws Exception {
    int perThread = 150;
    Stores.with(temp, store -> {
      ExecutorService threads = Executors.newFixedThreadPool(3);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (String database : List.of("/orbitdb/a", "/orbitdb/b")) {
          writers.add(threads.submit(() -> {
            for (int i = 0; i < perThread; i++) {
              Block entry = block(database + " " + i);
              String key = "k" + i;
              byte[] count = counter(i);
              store.transaction(() -> {
                writeEntry(store, database, entry, key);
                // both counters change in the same transaction: a reader must never see them differ
                store.datastore().put("counters", database + " first", count);
                store.datastore().put("counters", database + " second", count);
                return null;
              });
            }
            return null;
          }));
        }
        Future<?> reader = threads.submit(() -> {
          do {
            for (String database : List.of("/orbitdb/a", "/orbitdb/b")) {
              store.transaction(() -> {
                Optional<byte[]> first = store.datastore().get("counters", database + " first");
                Optional<byte[]> second = store.datastore().get("counters", database + " second");
                assertEquals(first.map(ByteBuffer::wrap), second.map(ByteBuffer::wrap));
                return null;
              });
            }
          } while (!writers.stream().allMatch(Future::isDone));
          return null;
        });
        for (Future<?> writer : writers) {
          writer.get();
        }
        reader.get();
      } finally {
        threads.shutdownNow();
      }
    });
    Stores.with(temp, store -> {
      for (String database : List.of("/orbitdb/a", "/orbitdb/b")) {
        for (int i = 0; i < perThread; i++) {
          assertEntry(store, database, block(database + " " + i), "k" + i);
        }
        assertEquals(perThread, store.datastore().count("index/" + database));
        assertEquals(perThread, store.pins().count(database));
        assertEquals(List.of(block(database + " " + (perThread - 1)).cid()), store.heads().get(database));
        assertArrayEquals(counter(perThread - 1),
            store.datastore().get("counters", database + " first").orElseThrow());
      }
      assertEquals(2L * perThread, store.blocks().count());
    });
  }

  private static byte[] counter(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }

  @Test
  void aClosedStoreRefusesWork() throws Exception {
    LocalStore closed;
    try (DataFolder folder = DataFolder.open(temp); LocalStore store = LocalStore.open(folder)) {
      closed = store;
    }
    Cid cid = block("x").cid();
    assertThrows(IllegalStateException.class, () -> closed.transaction(() -> null));
    assertThrows(IllegalStateException.class, () -> closed.blocks().has(cid));
    assertThrows(IllegalStateException.class, () -> closed.datastore().get("ns", "key"));
  }
}
