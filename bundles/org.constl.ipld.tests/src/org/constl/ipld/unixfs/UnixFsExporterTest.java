package org.constl.ipld.unixfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.Multicodec;
import org.constl.ipld.Multihash;
import org.constl.ipld.unixfs.UnixFsData.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class UnixFsExporterTest {

    private final MemoryBlockStore store = new MemoryBlockStore();

    /** The blocks JS wrote for the small imports export to the seeded content they came from. */
    @TestFactory
    Stream<DynamicTest> exportsDagsMadeByHelia() {
        Map<String, Cid> roots = new LinkedHashMap<>();
        Map<String, int[]> sizeAndSeed = new LinkedHashMap<>();
        for (String[] v : Vectors.lines("/unixfs/import.txt")) {
            roots.put(v[0], Cid.parse(v[6]));
            sizeAndSeed.put(v[0], new int[] {Integer.parseInt(v[2]), Integer.parseInt(v[3])});
        }
        MemoryBlockStore jsBlocks = new MemoryBlockStore();
        for (String[] v : Vectors.lines("/unixfs/blocks.txt")) {
            jsBlocks.put(Cid.parse(v[1]), Vectors.hex(v[2]));
        }
        return Vectors.lines("/unixfs/blocks.txt").stream().map(v -> v[0]).distinct()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    int[] v = sizeAndSeed.get(name);
                    assertArrayEquals(SeededContent.bytes(v[0], v[1]), export(jsBlocks, roots.get(name)));
                    assertEquals(v[0], new UnixFsExporter(jsBlocks).fileSize(roots.get(name)));
                }));
    }

    @Test
    void roundTripsAMultiChunkFile() throws IOException, NoSuchAlgorithmException {
        ImportResult result = new UnixFsImporter(store).importStream(new SeededContent(5_000_000, 7));
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        new SeededContent(5_000_000, 7).transferTo(new DigestOutputStream(ByteArrayOutputStream.nullOutputStream(), expected));
        MessageDigest actual = MessageDigest.getInstance("SHA-256");
        long written = new UnixFsExporter(store).export(result.root(),
                new DigestOutputStream(ByteArrayOutputStream.nullOutputStream(), actual));
        assertEquals(5_000_000, written);
        assertArrayEquals(expected.digest(), actual.digest());
    }

    /** Old go-ipfs style: dag-pb leaves with inline data (file and raw types), CIDv0 links. */
    @Test
    void exportsDagPbLeavesAndCidV0() throws IOException {
        Cid first = putV0(new PbNode(List.of(), data(Type.FILE, "hello ", List.of())));
        Cid second = putV0(new PbNode(List.of(), data(Type.RAW, "world", List.of())));
        Cid root = putV0(new PbNode(List.of(link(first), link(second)), data(Type.FILE, ">", List.of(6L, 5L))));
        assertEquals(">hello world", new String(export(store, root)));
    }

    @Test
    void exportsIdentityCidsWithoutTheStore() throws IOException {
        Cid inline = Cid.v1(Multicodec.RAW, Multihash.identity("tiny".getBytes()));
        assertEquals("tiny", new String(export(new MemoryBlockStore(), inline)));
    }

    @Test
    void refusesABlockThatDoesNotMatchItsCid() throws IOException {
        ImportResult result = new UnixFsImporter(store, new ImportOptions(64, 4)).importStream(new SeededContent(1000, 3));
        Cid leaf = DagPb.decode(store.get(result.root()).orElseThrow()).links().get(0).hash();
        BlockSource tampered = cid -> store.get(cid).map(block -> {
            if (cid.equals(leaf)) {
                block[0] ^= 1;
            }
            return block;
        });
        assertThrows(IpldException.class, () -> export(tampered, result.root()));
        assertThrows(IpldException.class, () -> export(tampered, leaf));
    }

    @Test
    void refusesAMissingBlock() throws IOException {
        ImportResult result = new UnixFsImporter(store, new ImportOptions(64, 4)).importStream(new SeededContent(1000, 3));
        Cid missing = DagPb.decode(store.get(result.root()).orElseThrow()).links().get(1).hash();
        BlockSource holey = cid -> cid.equals(missing) ? Optional.empty() : store.get(cid);
        assertThrows(IpldException.class, () -> export(holey, result.root()));
    }

    /** A child larger than its parent declares is refused before any of it is written. */
    @Test
    void refusesSizesThatDisagreeWithTheParent() throws IOException {
        Cid leaf = putRaw("123456");
        Cid root = putV1(new PbNode(List.of(link(leaf)), UnixFsData.file(List.of(5L)).encode()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IpldException.class, () -> new UnixFsExporter(store).export(root, out));
        assertEquals(0, out.size());
    }

    @Test
    void refusesLinksWithoutBlockSizes() throws IOException {
        Cid leaf = putRaw("abc");
        Cid root = putV1(new PbNode(List.of(link(leaf), link(leaf)), UnixFsData.file(List.of(3L)).encode()));
        assertThrows(IpldException.class, () -> export(store, root));
    }

    @Test
    void refusesWhatIsNotAFile() throws IOException {
        Cid directory = putV1(new PbNode(List.of(), new UnixFsData(Type.DIRECTORY, null, List.of(), null, null, null, null).encode()));
        Cid noData = putV1(new PbNode(List.of(), null));
        Cid cbor = Cid.of(Multicodec.DAG_CBOR, new byte[] {(byte) 0xa0});
        store.put(cbor, new byte[] {(byte) 0xa0});
        Cid linksCbor = putV1(new PbNode(List.of(link(cbor)), UnixFsData.file(List.of(1L)).encode()));
        assertThrows(IpldException.class, () -> export(store, directory));
        assertThrows(IpldException.class, () -> export(store, noData));
        assertThrows(IpldException.class, () -> export(store, cbor));
        assertThrows(IpldException.class, () -> export(store, linksCbor));
    }

    /** A chain of single-link nodes: accepted up to the depth limit, refused beyond it. */
    @Test
    void boundsTreeDepth() throws IOException {
        List<Cid> chain = new ArrayList<>();
        chain.add(putRaw("x"));
        for (int i = 0; i <= UnixFsExporter.MAX_DEPTH; i++) {
            chain.add(putV1(new PbNode(List.of(link(chain.get(i))), UnixFsData.file(List.of(1L)).encode())));
        }
        assertEquals("x", new String(export(store, chain.get(UnixFsExporter.MAX_DEPTH))));
        assertThrows(IpldException.class, () -> export(store, chain.get(UnixFsExporter.MAX_DEPTH + 1)));
    }

    private static byte[] export(BlockSource source, Cid root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new UnixFsExporter(source).export(root, out);
        assertEquals(out.size(), written);
        return out.toByteArray();
    }

    private static byte[] data(Type type, String inline, List<Long> blockSizes) {
        return new UnixFsData(type, inline.getBytes(), blockSizes, null, null, null, null).encode();
    }

    private static PbLink link(Cid cid) {
        return new PbLink(cid, "", 0L);
    }

    private Cid putRaw(String content) {
        Cid cid = Cid.of(Multicodec.RAW, content.getBytes());
        store.put(cid, content.getBytes());
        return cid;
    }

    private Cid putV0(PbNode node) {
        byte[] block = DagPb.encode(node);
        Cid cid = Cid.v0(Multihash.sha256(block));
        store.put(cid, block);
        return cid;
    }

    private Cid putV1(PbNode node) {
        byte[] block = DagPb.encode(node);
        Cid cid = Cid.of(Multicodec.DAG_PB, block);
        store.put(cid, block);
        return cid;
    }
}
