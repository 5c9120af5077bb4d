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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.ipld.unixfs.DagPb;
import org.constl.ipld.unixfs.ImportOptions;
import org.constl.ipld.unixfs.PbLink;
import org.constl.ipld.unixfs.PbNode;
import org.constl.ipld.unixfs.UnixFsExporter;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.constl.storage.Pins.Collected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinsTest {

  /** Small chunks and nodes, so that a small file makes a DAG several levels deep. */
  private static final ImportOptions SMALL_NODES = new ImportOptions(64, 4);

  @TempDir
  Path temp;

  private final Random random = new Random(11);

  /** A file imported into the store: its content, root and every block the importer wrote. */
  private record ImportedFile(byte[] content, Cid root, Map<Cid, Integer> blocks) {
    long bytes() {
      return blocks.values().stream().mapToLong(Integer::longValue).sum();
    }
  }

  private ImportedFile importFile(LocalStore store, int size) throws Exception {
    byte[] content = new byte[size];
    random.nextBytes(content);
    Map<Cid, Integer> blocks = new LinkedHashMap<>();
    BatchingBlockSink sink = new BatchingBlockSink(store.blocks());
    Cid root = new UnixFsImporter((cid, block) -> {
      blocks.put(cid, block.length);
      sink.put(cid, block);
    }, SMALL_NODES).importStream(new ByteArrayInputStream(content)).root();
    sink.flush();
    return new ImportedFile(content, root, blocks);
  }

  private static byte[] export(LocalStore store, Cid root) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new UnixFsExporter(store.blocks()).export(root, out);
    return out.toByteArray();
  }

  private Block rawBlock(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return Block.of(Multicodec.RAW, bytes);
  }

  private static Block cborLinking(String name, Cid link) {
    return DagCbor.encodeBlock(IpldValue.map(Map.of("name", IpldValue.of(name),
        "nested", IpldValue.list(IpldValue.of(1), IpldValue.map(Map.of("link", IpldValue.of(link)))))));
  }

  private static void put(LocalStore store, Block... blocks) throws StoreException {
    for (Block block : blocks) {
      store.blocks().put(block.cid(), block.bytes());
    }
  }

  @Test
  void garbageCollectionKeepsPinsAndWhatRecursivePinsReachAndDeletesTheRest() throws Exception {
    ImportedFile pinnedFile;
    ImportedFile linkedFile;
    ImportedFile rootOnly;
    Block linking;
    Block unpinned = rawBlock(300);
    Block unpinnedLinked = rawBlock(200);
    Block unpinnedLinking = cborLinking("garbage", unpinnedLinked.cid());
    long expectedBytes;
    try (DataFolder folder = DataFolder.open(temp); LocalStore store = LocalStore.open(folder)) {
      pinnedFile = importFile(store, 40_000);
      linkedFile = importFile(store, 5_000);
      rootOnly = importFile(store, 3_000);
      assertTrue(pinnedFile.blocks().size() > 700, "enough blocks to follow links in several batches");
      linking = cborLinking("database entry", linkedFile.root());
      put(store, linking, unpinned, unpinnedLinked, unpinnedLinking);
      store.pins().pin(pinnedFile.root(), "files", true);
      store.pins().pin(linking.cid(), "/orbitdb/db", true);
      store.pins().pin(rootOnly.root(), "favourites", false);
      long total = store.blocks().count();

      Collected collected = store.pins().collectGarbage();

      long expectedBlocks = rootOnly.blocks().size() - 1 + 3;
      expectedBytes = rootOnly.bytes() - rootOnly.blocks().get(rootOnly.root())
          + unpinned.bytes().length + unpinnedLinked.bytes().length + unpinnedLinking.bytes().length;
      assertEquals(new Collected(expectedBlocks, expectedBytes), collected);
      assertEquals(total - expectedBlocks, store.blocks().count());
      assertEquals(new Collected(0, 0), store.pins().collectGarbage());
    }
    try (DataFolder folder = DataFolder.open(temp); LocalStore store = LocalStore.open(folder)) {
      assertArrayEquals(pinnedFile.content(), export(store, pinnedFile.root()));
      assertArrayEquals(linkedFile.content(), export(store, linkedFile.root()));
      assertTrue(store.blocks().has(linking.cid()));
      assertTrue(store.blocks().has(rootOnly.root()));
      for (Cid cid : rootOnly.blocks().keySet()) {
        assertEquals(cid.equals(rootOnly.root()), store.blocks().has(cid), cid.toString());
      }
      for (Block block : List.of(unpinned, unpinnedLinked, unpinnedLinking)) {
        assertFalse(store.blocks().has(block.cid()));
      }
    }
  }

  @Test
  void aBlockIsKeptWhileAnyOwnerPinsIt() throws Exception {
    Block block = rawBlock(100);
    Stores.with(temp, store -> {
      put(store, block);
      store.pins().pin(block.cid(), "alice", false);
      store.pins().pin(block.cid(), "bob", true);
      store.pins().pin(rawBlock(10).cid(), "bob", false); // a pin need not have its block yet
      assertEquals(1, store.pins().count("alice"));
      assertEquals(2, store.pins().count("bob"));
      assertEquals(0, store.pins().count("carol"));
      assertTrue(store.pins().isPinned(block.cid(), "alice"));
      assertFalse(store.pins().isPinned(block.cid(), "carol"));
    });
    Stores.with(temp, store -> {
      assertTrue(store.pins().unpin(block.cid(), "alice"));
      assertFalse(store.pins().unpin(block.cid(), "alice"));
      assertFalse(store.pins().unpin(block.cid(), "carol"));
      assertTrue(store.pins().isPinned(block.cid()));
      assertEquals(new Collected(0, 0), store.pins().collectGarbage());
      assertTrue(store.blocks().has(block.cid()));
      assertEquals(2, store.pins().unpinAll("bob"));
      assertEquals(0, store.pins().unpinAll("bob"));
      assertFalse(store.pins().isPinned(block.cid()));
      assertEquals(new Collected(1, 100), store.pins().collectGarbage());
      assertFalse(store.blocks().has(block.cid()));
    });
  }

  @Test
  void pinningAgainReplacesTheKind() throws Exception {
    Stores.with(temp, store -> {
      ImportedFile file = importFile(store, 1_000);
      store.pins().pin(file.root(), "owner", true);
      assertEquals(new Collected(0, 0), store.pins().collectGarbage());
      store.pins().pin(file.root(), "owner", false);
      assertEquals(1, store.pins().count("owner"));
      assertEquals(new Collected(file.blocks().size() - 1, file.bytes() - file.blocks().get(file.root())),
          store.pins().collectGarbage());
    });
  }

  @Test
  void pinsAreByMultihashLikeBlocks() throws Exception {
    byte[] node = DagPb.encode(new PbNode(List.of(), new byte[] {8, 1}));
    Cid v1 = Cid.of(Multicodec.DAG_PB, node);
    Cid v0 = Cid.v0(v1.multihash());
    Cid raw = Cid.v1(Multicodec.RAW, v1.multihash());
    Stores.with(temp, store -> {
      store.blocks().put(raw, node);
      store.pins().pin(v0, "owner", false);
      assertTrue(store.pins().isPinned(v1));
      assertTrue(store.pins().isPinned(raw, "owner"));
      assertEquals(new Collected(0, 0), store.pins().collectGarbage());
      assertTrue(store.pins().unpin(v1, "owner"));
      assertEquals(new Collected(1, node.length), store.pins().collectGarbage());
    });
  }

  @Test
  void undecodableAndMissingBlocksKeepNothingElseAlive() throws Exception {
    Block present = rawBlock(50);
    Block notCbor = Block.of(Multicodec.DAG_CBOR, "not CBOR at all".getBytes(StandardCharsets.UTF_8));
    Block dagPbWithLinks = Block.of(Multicodec.DAG_PB, DagPb.encode(new PbNode(List.of(
        new PbLink(rawBlock(10).cid(), "missing", 10L), new PbLink(present.cid(), "present", 50L)), null)));
    Block orphan = rawBlock(70);
    Stores.with(temp, store -> {
      put(store, present, notCbor, dagPbWithLinks, orphan);
      store.pins().pin(notCbor.cid(), "owner", true);
      store.pins().pin(dagPbWithLinks.cid(), "owner", true);
      store.pins().pin(Cid.of(Multicodec.DAG_CBOR, new byte[] {(byte) 0xa0}), "owner", true); // not in the store
      assertEquals(new Collected(1, 70), store.pins().collectGarbage());
      assertTrue(store.blocks().has(present.cid()));
      assertTrue(store.blocks().has(notCbor.cid()));
      assertFalse(store.blocks().has(orphan.cid()));
    });
  }

  @Test
  void aPinOwnerNameWithoutUtf8FormIsRefused() throws Exception {
    Stores.with(temp, store -> {
      Cid cid = rawBlock(1).cid();
      assertThrows(IllegalArgumentException.class,
          () -> store.pins().pin(cid, "owner \uDFFF", false));
      assertFalse(store.pins().isPinned(cid));
    });
  }
}
