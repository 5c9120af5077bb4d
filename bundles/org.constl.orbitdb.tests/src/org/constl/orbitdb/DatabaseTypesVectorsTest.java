package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.storage.BlockStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden vectors of {@code interop/vectors/orbitdb-types.mjs}: documents, set,
 * ordered-keyvalue and feed databases written by two JS writers. Java replays every operation
 * through its own types to the same entries, byte for byte, and each replica, replayed or rebuilt
 * read-only from the JS blocks, reads the state JS reads, or fails where JS throws.
 */
class DatabaseTypesVectorsTest {

    private static final String SETUP = "orbitdb-types-setup.tsv";
    private static final String OPS = "orbitdb-types-ops.tsv";
    private static final String RESULTS = "orbitdb-types-results.tsv";
    private static final Map<String, LogWriter> WRITERS = Vectors.writers();
    private static final IpfsAccessController ACCESS = IpfsAccessController.decode(Vectors.hex(Vectors.rows(SETUP, "access").get(0)[2]));

    /** A database of the vectors: its manifest row and its Java type. */
    private record Database(String name, String type, String address, String indexBy) {

        TypedDatabase open(Oplog log) {
            return TypedDatabase.open(type, indexBy, log);
        }

        List<String[]> ops() {
            return Vectors.read(OPS).stream().filter(r -> r[1].equals(name)).toList();
        }

        List<String[]> results(String kind, String replica) {
            return Vectors.rows(RESULTS, kind).stream().filter(r -> r[1].equals(name) && r[2].equals(replica)).toList();
        }

        /** Whether the vectors hold the entry blocks (the sort databases only their hashes). */
        boolean hasBlocks() {
            return ops().stream().noneMatch(r -> r[0].equals("append") && r[6].equals("-"));
        }

        /**
         * Whether some entry's payload has a {@code __proto__} key: JS writers append such entries
         * but no peer, JS or Java, can verify them, and a Java writer refuses to make them.
         */
        boolean hasProtoPayload() {
            return ops().stream().anyMatch(r -> r[0].equals("append") && Entry.hasProtoKey(DagCbor.decode(Vectors.hex(r[4]))));
        }

        /** The replicas JS read, in order. */
        List<String> replicas() {
            return Vectors.rows(RESULTS, "heads").stream().filter(r -> r[1].equals(name)).map(r -> r[2]).toList();
        }
    }

    private static List<Database> databases() {
        Map<String, String> indexBy = new LinkedHashMap<>();
        Vectors.rows(SETUP, "indexBy").forEach(r -> indexBy.put(r[1], r[2]));
        return Vectors.rows(SETUP, "manifest").stream()
                .map(r -> new Database(r[1], r[2], r[3], indexBy.getOrDefault(r[1], Documents.DEFAULT_INDEX_BY))).toList();
    }

    @Test
    void theWritersAccessControllerAndManifestsAreTheJsOnes() {
        for (String[] row : Vectors.rows(SETUP, "identity")) {
            assertEquals(row[2], WRITERS.get(row[1]).identity().hash());
            assertArrayEquals(Vectors.hex(row[3]), WRITERS.get(row[1]).identity().bytes());
        }
        assertEquals(Vectors.rows(SETUP, "access").get(0)[1], ACCESS.address());
        assertEquals(ACCESS.address(), IpfsAccessController.create(List.of(WRITERS.get("alice").identity().id(),
                WRITERS.get("bob").identity().id())).address());
        for (String[] row : Vectors.rows(SETUP, "manifest")) {
            Manifest manifest = Manifest.create(row[1], row[2], ACCESS.address(), Optional.empty());
            assertEquals(row[3], manifest.address().toString());
            assertArrayEquals(Vectors.hex(row[4]), manifest.bytes());
        }
        assertEquals(List.of(Documents.TYPE, SetDb.TYPE, OrderedKeyValue.TYPE, Feed.TYPE),
                databases().stream().map(Database::type).distinct().toList());
    }

    @TestFactory
    Stream<DynamicTest> javaReplaysEachJsHistoryByteForByte() {
        return databases().stream().filter(db -> !db.hasProtoPayload()).map(db -> DynamicTest.dynamicTest(db.name(), () -> {
            Map<String, Log> logs = new LinkedHashMap<>();
            Map<String, TypedDatabase> typed = new LinkedHashMap<>();
            for (String replica : db.replicas()) {
                Log log = new Log(db.address(), ACCESS, BlockStore.memory(), WRITERS.get(replica));
                logs.put(replica, log);
                typed.put(replica, db.open(log));
            }
            for (String[] row : db.ops()) {
                Log log = logs.get(row[2]);
                switch (row[0]) {
                    case "append" -> {
                        IpldValue payload = DagCbor.decode(Vectors.hex(row[4]));
                        Entry entry = row[3].equals("api") ? typed.get(row[2]).replay(payload) : log.append(payload);
                        // The hash is the CID of the bytes: equal hashes are equal bytes.
                        assertEquals(row[5], entry.hash(), "entry " + row[5]);
                    }
                    case "refused" -> {
                        List<Entry> heads = log.heads();
                        assertThrows(OrbitDbException.class, () -> typed.get(row[2]).call(row[3], DagCbor.decode(Vectors.hex(row[4]))),
                                row[3] + " " + row[4] + ": " + row[5]);
                        assertEquals(heads, log.heads());
                    }
                    case "join" -> log.join(logs.get(row[3]));
                    case "forge" -> assertTrue(log.joinEntry(Entry.decode(Vectors.hex(row[4]))));
                    default -> throw new IllegalStateException(row[0]);
                }
            }
            logs.forEach((replica, log) -> assertState(db, replica, log, typed.get(replica)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aReplicaRebuiltFromTheJsBlocksReadsTheJsState() {
        return databases().stream().filter(db -> db.hasBlocks() && !db.hasProtoPayload()).map(db -> DynamicTest.dynamicTest(db.name(), () -> {
            BlockStore blocks = BlockStore.memory();
            for (String[] row : Vectors.rows(SETUP, "identity")) {
                WireA14Test.put(blocks, Block.of(Multicodec.DAG_CBOR, Vectors.hex(row[3])));
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (String[] row : db.ops()) {
                String bytes = row[0].equals("append") ? row[6] : row[0].equals("forge") ? row[4] : null;
                if (bytes != null) {
                    Entry entry = Entry.decode(Vectors.hex(bytes));
                    entries.put(entry.hash(), entry);
                    WireA14Test.put(blocks, entry.block());
                }
            }
            for (String replica : db.replicas()) {
                Log log = new Log(db.address(), ACCESS, blocks, null);
                for (String head : db.results("heads", replica).get(0)[3].split(",")) {
                    log.joinEntry(entries.get(head));
                }
                assertState(db, replica, log, db.open(log));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> entriesJsPeersCannotVerifyAreNeitherWrittenNorJoined() {
        List<Database> withProto = databases().stream().filter(Database::hasProtoPayload).toList();
        assertTrue(!withProto.isEmpty(), "the vectors hold such histories");
        return withProto.stream().map(db -> DynamicTest.dynamicTest(db.name(), () -> {
            String[] row = db.ops().stream().filter(r -> r[0].equals("append")
                    && Entry.hasProtoKey(DagCbor.decode(Vectors.hex(r[4])))).findFirst().orElseThrow();
            Log writer = new Log(db.address(), ACCESS, BlockStore.memory(), WRITERS.get(row[2]));
            assertThrows(OrbitDbException.class, () -> writer.append(DagCbor.decode(Vectors.hex(row[4]))));
            assertEquals(0, writer.size());
            if (!row[6].equals("-")) {
                BlockStore blocks = BlockStore.memory();
                Vectors.rows(SETUP, "identity").forEach(r -> WireA14Test.put(blocks, Block.of(Multicodec.DAG_CBOR, Vectors.hex(r[3]))));
                Entry entry = Entry.decode(Vectors.hex(row[6]));
                Log replica = new Log(db.address(), ACCESS, blocks, null);
                EntryRefusedException refused = assertThrows(EntryRefusedException.class, () -> replica.joinEntry(entry, blocks));
                assertEquals(EntryRefusedException.Reason.BAD_SIGNATURE, refused.reason());
            }
        }));
    }

    private static void assertState(Database db, String replica, Log log, TypedDatabase typed) {
        String where = db.name() + " " + replica;
        assertEquals(db.results("heads", replica).get(0)[3], String.join(",", log.heads().stream().map(Entry::hash).toList()), where);
        assertEquals(db.results("values", replica).get(0)[3], String.join(",", log.values().stream().map(Entry::hash).toList()), where);
        List<String[]> throwing = db.results("throws", replica);
        if (throwing.stream().anyMatch(r -> r[3].equals("all"))) {
            assertThrows(UnreadableEntryException.class, typed::all, where + " all");
        } else {
            List<String> expected = db.results("all", replica).stream().map(r -> tail(r, 3)).toList();
            assertEquals(expected, typed.all(), where + " all");
        }
        for (String[] row : db.results("get", replica)) {
            assertEquals(tail(row, 4), typed.get(row[3]), where + " get " + row[3]);
        }
        for (String[] row : throwing) {
            if (row[3].startsWith("get ")) {
                assertThrows(UnreadableEntryException.class, () -> typed.get(row[3].substring(4)), where + " " + row[3]);
            }
        }
        for (String[] row : db.results("query", replica)) {
            assertEquals(row[4], typed.query(row[3]), where + " query " + row[3]);
        }
    }

    private static String tail(String[] row, int from) {
        return String.join("\t", new ArrayList<>(List.of(row)).subList(from, row.length));
    }
}
