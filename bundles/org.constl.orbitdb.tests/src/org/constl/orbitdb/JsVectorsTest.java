package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.constl.storage.BlockStore;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

/**
 * The golden vectors of {@code interop/vectors/orbitdb.mjs}: Java rebuilds @orbitdb/core's
 * identities, manifests and entries byte for byte, replays the same appends and joins to the same
 * heads, order and state, and takes the JS-made entries as a read-only replica.
 */
class JsVectorsTest {

    private static final Map<String, LogWriter> WRITERS = Vectors.writers();

    @Test
    void identitiesAccessControllersAndManifestsMatch() {
        for (String[] row : Vectors.rows("orbitdb-setup.tsv", "identity")) {
            LogWriter writer = WRITERS.get(row[1]);
            assertEquals(row[4], writer.identity().hash());
            assertArrayEquals(Vectors.hex(row[5]), writer.identity().bytes());
        }
        for (String[] row : Vectors.rows("orbitdb-setup.tsv", "access")) {
            IpfsAccessController access = IpfsAccessController.decode(Vectors.hex(row[2]));
            assertEquals(row[1], access.address());
            assertArrayEquals(Vectors.hex(row[2]), IpfsAccessController.create(access.write()).bytes());
        }
        IpfsAccessController kvAccess = IpfsAccessController.create(List.of(
                WRITERS.get("alice").identity().id(), WRITERS.get("bob").identity().id()));
        assertEquals(Vectors.rows("orbitdb-setup.tsv", "access").get(0)[1], kvAccess.address());
        List<String[]> manifests = Vectors.rows("orbitdb-setup.tsv", "manifest");
        Manifest kv = Manifest.create("kv-vectors", KeyValue.TYPE, kvAccess.address(), Optional.empty());
        assertEquals(manifests.get(0)[1], kv.address().toString());
        for (String[] row : manifests) {
            Manifest manifest = Manifest.decode(Vectors.hex(row[2]));
            assertEquals(row[1], manifest.address().toString());
        }
        Manifest withMeta = Manifest.decode(Vectors.hex(manifests.get(1)[2]));
        assertEquals(3, withMeta.meta().orElseThrow().asMap().get("n").asLong());
    }

    @Test
    void javaReplaysTheJsKeyValueHistoryByteForByte() {
        Manifest kv = Manifest.decode(Vectors.hex(Vectors.rows("orbitdb-setup.tsv", "manifest").get(0)[2]));
        String address = kv.address().toString();
        IpfsAccessController access = IpfsAccessController.decode(Vectors.hex(Vectors.rows("orbitdb-setup.tsv", "access").get(0)[2]));
        Map<String, Log> logs = new HashMap<>();
        for (String name : List.of("alice", "bob")) {
            logs.put(name, new Log(address, access, BlockStore.memory(), WRITERS.get(name)));
        }
        for (String[] row : Vectors.read("orbitdb-ops.tsv")) {
            if (row[0].equals("append")) {
                Entry entry = logs.get(row[1]).append(DagCbor.decode(Vectors.hex(row[2])));
                assertEquals(row[3], entry.hash(), "entry " + row[3]);
                assertArrayEquals(Vectors.hex(row[4]), entry.bytes());
            } else {
                logs.get(row[1]).join(logs.get(row[2]));
            }
        }
        for (String name : List.of("alice", "bob")) {
            assertResults(name, new KeyValue(logs.get(name)));
        }
    }

    @Test
    void aReadOnlyReplicaVerifiesAndJoinsTheJsEntries() {
        Manifest kv = Manifest.decode(Vectors.hex(Vectors.rows("orbitdb-setup.tsv", "manifest").get(0)[2]));
        IpfsAccessController access = IpfsAccessController.decode(Vectors.hex(Vectors.rows("orbitdb-setup.tsv", "access").get(0)[2]));
        BlockStore blocks = BlockStore.memory();
        for (String[] row : Vectors.rows("orbitdb-setup.tsv", "identity")) {
            WireA14Test.put(blocks, org.constl.ipld.Block.of(org.constl.ipld.Multicodec.DAG_CBOR, Vectors.hex(row[5])));
        }
        Map<String, Entry> entries = new HashMap<>();
        for (String[] row : Vectors.rows("orbitdb-ops.tsv", "append")) {
            Entry entry = Entry.decode(Vectors.hex(row[4]));
            entries.put(entry.hash(), entry);
            WireA14Test.put(blocks, entry.block());
        }
        for (String name : List.of("alice", "bob")) {
            Log replica = new Log(kv.address().toString(), access, blocks, null);
            for (String head : results("heads", name).get(0)[2].split(",")) {
                replica.joinEntry(entries.get(head));
            }
            assertResults(name, new KeyValue(replica));
            Log reopened = Log.open(kv.address().toString(), access, blocks, null,
                    replica.heads().stream().map(Entry::hash).toList());
            assertEquals(replica.size(), reopened.size());
            assertResults(name, new KeyValue(reopened));
        }
    }

    @Test
    void javaReplaysTheJsEventsHistory() {
        Manifest manifest = Manifest.decode(Vectors.hex(Vectors.rows("orbitdb-setup.tsv", "manifest").get(1)[2]));
        IpfsAccessController access = IpfsAccessController.decode(Vectors.hex(Vectors.rows("orbitdb-setup.tsv", "access").get(1)[2]));
        assertEquals(manifest.accessController(), access.address());
        Events events = new Events(new Log(manifest.address().toString(), access, BlockStore.memory(), WRITERS.get("carol")));
        for (String[] row : Vectors.rows("orbitdb-events.tsv", "append")) {
            IpldValue payload = DagCbor.decode(Vectors.hex(row[2]));
            Entry entry = events.add(payload.asMap().get("value"));
            assertArrayEquals(Vectors.hex(row[4]), entry.bytes());
        }
        assertEquals(Arrays.asList(Vectors.rows("orbitdb-events.tsv", "all").get(0)[1].split(",")),
                events.all().stream().map(Events.Event::hash).toList());
    }

    static void assertResults(String name, KeyValue db) {
        Oplog log = db.log();
        assertEquals(results("heads", name).get(0)[2], String.join(",", log.heads().stream().map(Entry::hash).toList()));
        assertEquals(results("values", name).get(0)[2], String.join(",", log.values().stream().map(Entry::hash).toList()));
        List<String[]> all = results("all", name);
        List<KeyValue.Item> items = db.all();
        assertEquals(all.size(), items.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i)[2], items.get(i).key());
            assertArrayEquals(Vectors.hex(all.get(i)[3]), DagCbor.encode(items.get(i).value()));
            assertEquals(all.get(i)[4], items.get(i).hash());
        }
        for (String[] row : results("get", name)) {
            Optional<IpldValue> value = db.get(row[2]);
            assertEquals(row[3], value.map(v -> Vectors.hex(DagCbor.encode(v))).orElse("-"), "get " + row[2]);
        }
    }

    private static List<String[]> results(String kind, String name) {
        return Vectors.rows("orbitdb-results.tsv", kind).stream().filter(r -> r[1].equals(name)).toList();
    }
}
