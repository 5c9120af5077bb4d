package org.constl.storage.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.constl.ipld.Block;
import org.constl.ipld.Multicodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointerTest {

  private static final int BLOCKS = 300;
  private static final int BLOCK_LENGTH = 16_000;

  @TempDir
  Path temp;

  /**
   * 4.8 MB of commits stay far below the writer's own checkpoint (40 MB of log), so only the
   * background checkpoint can have copied them into the database file before the store closes.
   */
  @Test
  void commitsReachTheDatabaseFileWhileTheStoreIsOpen() throws Exception {
    Path file = temp.resolve("store.sqlite");
    Random random = new Random(17);
    List<Block> written = new ArrayList<>();
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      long emptySize = Files.size(file);
      for (int i = 0; i < BLOCKS; i++) {
        byte[] bytes = new byte[BLOCK_LENGTH];
        random.nextBytes(bytes);
        Block block = Block.of(Multicodec.RAW, bytes);
        store.blocks().put(block.cid(), block.bytes());
        written.add(block);
      }
      long expected = emptySize + (long) BLOCKS * BLOCK_LENGTH;
      // a bounded wait for the thread, not a speed check: it usually takes well under a second
      for (int tries = 0; tries < 300 && Files.size(file) < expected; tries++) {
        Thread.sleep(100);
      }
      assertTrue(Files.size(file) >= expected, "database file of " + Files.size(file) + " bytes after the commits");
      assertTrue(checkpointThreadRuns(file));
    }
    assertFalse(checkpointThreadRuns(file), "the checkpoint thread outlives its store");
    try (SqliteLocalStore store = SqliteLocalStore.open(file)) {
      for (Block block : written) {
        assertArrayEquals(block.bytes(), store.blocks().get(block.cid()).orElseThrow());
      }
    }
  }

  private static boolean checkpointThreadRuns(Path file) {
    String name = "store-checkpoint " + file.toAbsolutePath().normalize();
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name));
  }
}
