package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.Multicodec;
import org.constl.ipld.Multihash;
import org.constl.ipld.unixfs.ImportResult;
import org.constl.ipld.unixfs.UnixFsExporter;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every test writes, closes the store and the folder, and checks what a fresh open finds. */
class BlockStoreTest {

  @TempDir
  Path temp;

  private final Random random = new Random(42);

  private interface StoreAction {
    void run(BlockStore blocks) throws Exception;
  }

  /** Opens the data folder and its store, runs {@code action}, and closes both. */
  private void withStore(StoreAction action) throws Exception {
    try (DataFolder folder = DataFolder.open(temp); LocalStore store = LocalStore.open(folder)) {
      action.run(store.blocks());
    }
  }

  private Block randomBlock(long codec, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return Block.of(codec, bytes);
  }

  @Test
  void blocksSurviveReopeningAndDeletesToo() throws Exception {
    Block raw = randomBlock(Multicodec.RAW, 1000);
    Block cbor = Block.of(Multicodec.DAG_CBOR, new byte[] {(byte) 0xa0});
    Block empty = Block.of(Multicodec.RAW, new byte[0]);
    withStore(blocks -> {
      blocks.put(raw.cid(), raw.bytes());
      blocks.put(cbor.cid(), cbor.bytes());
      blocks.put(empty.cid(), empty.bytes());
      blocks.put(raw.cid(), raw.bytes());
    });
    withStore(blocks -> {
      assertEquals(3, blocks.count());
      assertArrayEquals(raw.bytes(), blocks.get(raw.cid()).orElseThrow());
      assertArrayEquals(cbor.bytes(), blocks.get(cbor.cid()).orElseThrow());
      assertArrayEquals(new byte[0], blocks.get(empty.cid()).orElseThrow());
      assertTrue(blocks.has(cbor.cid()));
      assertTrue(blocks.delete(cbor.cid()));
      assertFalse(blocks.delete(cbor.cid()));
    });
    withStore(blocks -> {
      assertFalse(blocks.has(cbor.cid()));
      assertEquals(Optional.empty(), blocks.get(cbor.cid()));
      assertEquals(2, blocks.count());
    });
  }

  @Test
  void aBlockIsFoundUnderAnyCidOfItsMultihash() throws Exception {
    byte[] node = "not really dag-pb, but the store does not care".getBytes(StandardCharsets.UTF_8);
    Cid v0 = Cid.v0(Multihash.sha256(node));
    withStore(blocks -> blocks.put(v0, node));
    withStore(blocks -> {
      assertArrayEquals(node, blocks.get(v0.toV1()).orElseThrow());
      assertTrue(blocks.has(Cid.v1(Multicodec.RAW, v0.multihash())));
    });
  }

  @Test
  void bytesThatDoNotHashToTheCidAreRefusedAndNotStored() throws Exception {
    Block block = randomBlock(Multicodec.RAW, 100);
    byte[] altered = block.bytes();
    altered[7] ^= 1;
    withStore(blocks -> {
      StoreException e = assertThrows(StoreException.class, () -> blocks.put(block.cid(), altered));
      assertEquals(StoreException.Reason.INVALID_BLOCK, e.reason());
      assertTrue(e.getMessage().contains(block.cid().toString()), e.getMessage());
    });
    withStore(blocks -> assertEquals(0, blocks.count()));
  }

  @Test
  void aBlockLargerThanTheLimitIsRefused() throws Exception {
    Block huge = randomBlock(Multicodec.RAW, BlockStore.MAX_BLOCK_LENGTH + 1);
    withStore(blocks -> assertEquals(StoreException.Reason.INVALID_BLOCK,
        assertThrows(StoreException.class, () -> blocks.put(huge.cid(), huge.bytes())).reason()));
    withStore(blocks -> assertFalse(blocks.has(huge.cid())));
  }

  @Test
  void putAllStoresEveryBlockOrNone() throws Exception {
    List<Block> good = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      good.add(randomBlock(Multicodec.RAW, 1 + random.nextInt(5000)));
    }
    List<Block> withOneBad = new ArrayList<>(good.subList(0, 10));
    withOneBad.add(new Block(good.get(20).cid(), good.get(21).bytes()));
    withStore(blocks -> {
      assertThrows(StoreException.class, () -> blocks.putAll(withOneBad));
    });
    withStore(blocks -> {
      assertEquals(0, blocks.count());
      blocks.putAll(good);
    });
    withStore(blocks -> {
      assertEquals(good.size(), blocks.count());
      for (Block block : good) {
        assertArrayEquals(block.bytes(), blocks.get(block.cid()).orElseThrow());
      }
    });
  }

  @Test
  void aFileImportedInBatchesExportsBackByteForByte() throws Exception {
    byte[] content = new byte[3_000_000];
    random.nextBytes(content);
    ImportResult[] imported = new ImportResult[1];
    withStore(blocks -> {
      BatchingBlockSink sink = new BatchingBlockSink(blocks, 1_500_000);
      imported[0] = new UnixFsImporter(sink).importStream(new ByteArrayInputStream(content));
      sink.flush();
      assertEquals(4, sink.blocksWritten()); // three 1 MiB leaves and the root node
    });
    withStore(blocks -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertEquals(content.length, new UnixFsExporter(blocks).export(imported[0].root(), out));
      assertArrayEquals(content, out.toByteArray());
    });
  }
}
