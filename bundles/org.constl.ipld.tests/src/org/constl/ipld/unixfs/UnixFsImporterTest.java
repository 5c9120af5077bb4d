package org.constl.ipld.unixfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.constl.ipld.Cid;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class UnixFsImporterTest {

    /** One imported vector: name, options, size, seed, chunk size, max children, root CID, block count. */
    private record ImportVector(String name, boolean defaults, long size, int seed, ImportOptions options,
            Cid root, int blockCount) {

        static List<ImportVector> all() {
            return Vectors.lines("/unixfs/import.txt").stream()
                    .map(v -> new ImportVector(v[0], v[1].equals("default"), Long.parseLong(v[2]), Integer.parseInt(v[3]),
                            new ImportOptions(Integer.parseInt(v[4]), Integer.parseInt(v[5])), Cid.parse(v[6]),
                            Integer.parseInt(v[7])))
                    .toList();
        }

        InputStream content() {
            return new SeededContent(size, seed);
        }

        UnixFsImporter importer(BlockSink sink) {
            return defaults ? new UnixFsImporter(sink) : new UnixFsImporter(sink, options);
        }
    }

    /** Every vector gets the root CID and the number of distinct blocks @helia/unixfs made. */
    @TestFactory
    Stream<DynamicTest> sameRootAndBlockCountAsHelia() {
        return ImportVector.all().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            if (v.defaults()) {
                assertEquals(ImportOptions.HELIA_DEFAULTS, v.options(), "the defaults JS used");
            }
            Set<Cid> distinct = new HashSet<>();
            ImportResult result = v.importer((cid, block) -> {
                assertTrue(cid.multihash().matches(block), "block matches its CID");
                distinct.add(cid);
            }).importStream(v.content());
            assertEquals(v.root(), result.root());
            assertEquals(v.size(), result.fileSize());
            assertEquals(v.blockCount(), distinct.size());
        }));
    }

    /** The small imports write every block byte for byte as JS did. */
    @TestFactory
    Stream<DynamicTest> sameBlockBytesAsHelia() {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (String[] v : Vectors.lines("/unixfs/blocks.txt")) {
            expected.computeIfAbsent(v[0], name -> new LinkedHashMap<>()).put(v[1], v[2]);
        }
        return ImportVector.all().stream().filter(v -> expected.containsKey(v.name()))
                .map(v -> DynamicTest.dynamicTest(v.name(), () -> {
                    Map<String, String> written = new LinkedHashMap<>();
                    v.importer((cid, block) -> written.putIfAbsent(cid.toString(), Vectors.hex(block)))
                            .importStream(v.content());
                    // the same set of blocks; JS writes leaves ahead of their parent in parallel, so order differs
                    assertEquals(expected.get(v.name()), written);
                }));
    }

    /** A stream that hands out one byte per read gives the same DAG as one read in full. */
    @Test
    void shortReadsDoNotChangeChunking() throws IOException {
        ImportOptions options = new ImportOptions(64, 4);
        MemoryBlockStore whole = new MemoryBlockStore();
        MemoryBlockStore trickled = new MemoryBlockStore();
        ImportResult expected = new UnixFsImporter(whole, options).importStream(new SeededContent(1091, 11));
        ImportResult actual = new UnixFsImporter(trickled, options).importStream(oneByteAtATime(new SeededContent(1091, 11)));
        assertEquals(expected, actual);
        assertEquals(whole.cids(), trickled.cids());
    }

    @Test
    void importFileMatchesImportStream(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("several.bin");
        Files.write(file, SeededContent.bytes(3 * 1024 * 1024 + 4321, 6));
        ImportResult fromFile = new UnixFsImporter(new MemoryBlockStore()).importFile(file);
        ImportVector several = ImportVector.all().stream().filter(v -> v.name().equals("several-chunks")).findFirst().orElseThrow();
        assertEquals(several.root(), fromFile.root());
    }

    /** The Tsize of the root: every block's length summed, as a parent link would record it. */
    @Test
    void dagSizeSumsAllBlocks() throws IOException {
        MemoryBlockStore store = new MemoryBlockStore();
        ImportResult result = new UnixFsImporter(store, new ImportOptions(32, 3)).importStream(new SeededContent(2241, 12));
        long total = 0;
        for (Cid cid : store.cids()) {
            total += store.get(cid).orElseThrow().length;
        }
        assertEquals(total, result.dagSize());
    }

    /** Identical chunks are one block: the root links it once per occurrence. */
    @Test
    void repeatedChunksShareOneBlock() throws IOException {
        MemoryBlockStore store = new MemoryBlockStore();
        ImportResult result = new UnixFsImporter(store, new ImportOptions(16, 1024))
                .importStream(new ByteArrayInputStream(new byte[16 * 5]));
        assertEquals(2, store.size(), "one zero leaf and the root");
        PbNode root = DagPb.decode(store.get(result.root()).orElseThrow());
        assertEquals(5, root.links().size());
        assertEquals(1, root.links().stream().map(PbLink::hash).distinct().count());
        assertEquals(List.of(16L, 16L, 16L, 16L, 16L), UnixFsData.decode(root.data()).blockSizes());
    }

    private static InputStream oneByteAtATime(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }
}
