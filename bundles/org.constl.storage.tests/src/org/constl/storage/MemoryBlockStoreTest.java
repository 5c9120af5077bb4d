package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.Multicodec;
import org.constl.ipld.Multihash;
import org.junit.jupiter.api.Test;

class MemoryBlockStoreTest {

  private final Random random = new Random(5);

  private Block randomBlock(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return Block.of(Multicodec.RAW, bytes);
  }

  @Test
  void storesFindsAndDeletesByMultihash() throws Exception {
    BlockStore store = BlockStore.memory();
    Block block = randomBlock(100);
    store.put(block.cid(), block.bytes());
    store.put(block.cid(), block.bytes());
    Cid asDagPbV0 = Cid.v0(block.cid().multihash());
    assertEquals(1, store.count());
    assertTrue(store.has(asDagPbV0));
    assertArrayEquals(block.bytes(), store.get(asDagPbV0).orElseThrow());
    assertEquals(Optional.empty(), store.get(randomBlock(5).cid()));
    assertTrue(store.delete(asDagPbV0));
    assertFalse(store.delete(block.cid()));
    assertEquals(0, store.count());
  }

  @Test
  void refusesWhatTheDiskStoreRefuses() throws Exception {
    BlockStore store = BlockStore.memory();
    Block block = randomBlock(100);
    byte[] altered = block.bytes();
    altered[0] ^= 1;
    assertEquals(StoreException.Reason.INVALID_BLOCK,
        assertThrows(StoreException.class, () -> store.put(block.cid(), altered)).reason());
    Block huge = randomBlock(BlockStore.MAX_BLOCK_LENGTH + 1);
    assertEquals(StoreException.Reason.INVALID_BLOCK,
        assertThrows(StoreException.class, () -> store.put(huge.cid(), huge.bytes())).reason());
    Cid unknownHash = Cid.v1(Multicodec.RAW, Multihash.of(0x13, new byte[64])); // sha2-512
    assertEquals(StoreException.Reason.INVALID_BLOCK,
        assertThrows(StoreException.class, () -> store.put(unknownHash, new byte[1])).reason());
    List<Block> withOneBad = List.of(randomBlock(10), new Block(block.cid(), altered));
    assertThrows(StoreException.class, () -> store.putAll(withOneBad));
    assertEquals(0, store.count());
  }

  @Test
  void changingTheCallersArraysLaterChangesNothingStored() throws Exception {
    BlockStore store = BlockStore.memory();
    Block block = randomBlock(64);
    byte[] given = block.bytes();
    store.put(block.cid(), given);
    given[0] ^= 1;
    byte[] read = store.get(block.cid()).orElseThrow();
    read[1] ^= 1;
    assertArrayEquals(block.bytes(), store.get(block.cid()).orElseThrow());
  }

  @Test
  void threadsWritingAtOnceLoseNothing() throws Exception {
    BlockStore store = BlockStore.memory();
    List<List<Block>> perThread = List.of(new ArrayList<>(), new ArrayList<>());
    for (List<Block> blocks : perThread) {
      for (int i = 0; i < 2_000; i++) {
        blocks.add(randomBlock(32));
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (List<Block> blocks : perThread) {
        writers.add(threads.submit(() -> {
          for (int i = 0; i < blocks.size(); i += 2) {
            store.put(blocks.get(i).cid(), blocks.get(i).bytes());
            store.putAll(List.of(blocks.get(i + 1)));
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(4_000, store.count());
    for (List<Block> blocks : perThread) {
      for (Block block : blocks) {
        assertArrayEquals(block.bytes(), store.get(block.cid()).orElseThrow());
      }
    }
  }
}
