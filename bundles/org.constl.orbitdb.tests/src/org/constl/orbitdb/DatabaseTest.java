package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases kept in the local store: the JS addresses and histories replayed through them, their
 * state after reopening, subscriptions, refusals that leave nothing, and the key index agreeing
 * with OrbitDB's traversal.
 */
class DatabaseTest {

    private static final Map<String, LogWriter> WRITERS = Vectors.writers();

    @TempDir
    Path temp;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private LocalStore store(String name) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        DataFolder dataFolder = DataFolder.open(folder);
        opened.add(dataFolder);
        LocalStore store = LocalStore.open(dataFolder);
        opened.add(store);
        return store;
    }

    private OrbitDb orbitDb(LocalStore store, String writer) {
        OrbitDb orbitDb = new OrbitDb(store, WRITERS.get(writer), List.of());
        opened.add(orbitDb);
        return orbitDb;
    }

    private static List<String> aliceAndBob() {
        return List.of(WRITERS.get("alice").identity().id(), WRITERS.get("bob").identity().id());
    }

    private Database vectorDatabase(OrbitDb orbitDb) throws Exception {
        return orbitDb.create("kv-vectors", KeyValue.TYPE, IpfsAccessController.TYPE, aliceAndBob(), Optional.empty());
    }

    @Test
    void createGivesTheAddressOrbitDbGives() throws Exception {
        Database db = vectorDatabase(orbitDb(store("a"), "alice"));
        assertEquals(Vectors.rows("orbitdb-setup.tsv", "manifest").get(0)[1], db.address().toString());
        assertEquals(KeyValue.TYPE, db.type());
        assertEquals("kv-vectors", db.name());
    }

    @Test
    void theJsHistoryReplayedThroughStoredDatabasesGivesTheJsStateAgainAfterReopening() throws Exception {
        Map<String, LocalStore> stores = new HashMap<>();
        Map<String, Database> dbs = new HashMap<>();
        for (String name : List.of("alice", "bob")) {
            stores.put(name, store(name));
            dbs.put(name, vectorDatabase(orbitDb(stores.get(name), name)));
        }
        for (String[] row : Vectors.read("orbitdb-ops.tsv")) {
            if (row[0].equals("append")) {
                Entry entry = dbs.get(row[1]).append(DagCbor.decode(Vectors.hex(row[2])));
                assertArrayEquals(Vectors.hex(row[4]), entry.bytes(), "entry " + row[3]);
            } else {
                Database into = dbs.get(row[1]);
                for (Entry head : dbs.get(row[2]).heads()) {
                    into.join(head, stores.get(row[2]).blocks());
                }
            }
        }
        for (String name : List.of("alice", "bob")) {
            JsVectorsTest.assertResults(name, new KeyValue(dbs.get(name)));
            OrbitDb reopened = orbitDb(stores.get(name), name);
            dbs.get(name).close();
            Database again = reopened.open(dbs.get(name).address());
            assertEquals(dbs.get(name).size(), again.size());
            JsVectorsTest.assertResults(name, new KeyValue(again));
        }
    }

    @Test
    void listenersHearLocalAndRemoteChangesOnceDurable() throws Exception {
        LocalStore aliceStore = store("alice");
        Database alice = vectorDatabase(orbitDb(aliceStore, "alice"));
        Database bob = vectorDatabase(orbitDb(store("bob"), "bob"));
        LinkedBlockingQueue<DatabaseUpdate> heard = new LinkedBlockingQueue<>();
        AutoCloseable subscription = bob.subscribe(heard::add);

        Entry local = new KeyValue(bob).put("k", IpldValue.of(1));
        DatabaseUpdate first = heard.poll(10, TimeUnit.SECONDS);
        assertEquals(List.of(local), first.entries());
        assertTrue(first.local());

        KeyValue aliceKv = new KeyValue(alice);
        aliceKv.put("a", IpldValue.of(1));
        Entry second = aliceKv.put("b", IpldValue.of(2));
        bob.join(second, aliceStore.blocks());
        DatabaseUpdate remote = heard.poll(10, TimeUnit.SECONDS);
        assertEquals(2, remote.entries().size());
        assertEquals(second, remote.entries().get(0));
        assertTrue(!remote.local());

        subscription.close();
        new KeyValue(bob).put("after", IpldValue.of(3));
        assertEquals(null, heard.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void aBatchIsOneChainOfEntriesKeptTogether() throws Exception {
        LocalStore store = store("batch");
        Database db = vectorDatabase(orbitDb(store, "alice"));
        LinkedBlockingQueue<DatabaseUpdate> heard = new LinkedBlockingQueue<>();
        db.subscribe(heard::add);
        Map<String, IpldValue> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            values.put("k" + i, IpldValue.of(i));
        }
        List<Entry> entries = new KeyValue(db).putAll(values);
        assertEquals(100, entries.size());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(List.of(entries.get(i - 1).hash()), entries.get(i).next(), "each entry follows the previous one");
        }
        assertEquals(100, heard.poll(10, TimeUnit.SECONDS).entries().size());
        OrbitDb reopened = orbitDb(store, "alice");
        db.close();
        KeyValue again = new KeyValue(reopened.open(db.address()));
        assertEquals(Optional.of(IpldValue.of(99)), again.get("k99"));
        assertEquals(100, again.all().size());
        assertEquals(List.of(entries.get(99)), again.log().heads());
    }

    @Test
    void garbageCollectionKeepsEverythingADatabaseNeedsToOpenAgain() throws Exception {
        LocalStore aliceStore = store("alice");
        LocalStore bobStore = store("bob");
        Database alice = vectorDatabase(orbitDb(aliceStore, "alice"));
        Database bob = vectorDatabase(orbitDb(bobStore, "bob"));
        new KeyValue(alice).put("from alice", IpldValue.of(1));
        Entry bobs = new KeyValue(bob).put("from bob", IpldValue.of(2));
        alice.join(bobs, bobStore.blocks());
        Block stray = DagCbor.encodeBlock(IpldValue.of("not pinned by anyone"));
        aliceStore.blocks().put(stray.cid(), stray.bytes());

        assertEquals(1, aliceStore.pins().collectGarbage().blocks(), "only the stray block goes");
        assertTrue(!aliceStore.blocks().has(stray.cid()));
        OrbitDb reopened = orbitDb(aliceStore, "alice");
        alice.close();
        Database again = reopened.open(alice.address());
        KeyValue kv = new KeyValue(again);
        assertEquals(Optional.of(IpldValue.of(1)), kv.get("from alice"));
        assertEquals(Optional.of(IpldValue.of(2)), kv.get("from bob"));
        // The writers' identity blocks are kept, since later entries are verified against them.
        assertTrue(aliceStore.blocks().has(WRITERS.get("bob").identity().cid()));
        assertTrue(aliceStore.blocks().has(WRITERS.get("alice").identity().cid()));
        assertTrue(aliceStore.blocks().has(alice.manifest().block().cid()));
    }

    @Test
    void aRefusedJoinLeavesTheDatabaseAsItWas() throws Exception {
        LocalStore carolStore = store("carol");
        Database bob = vectorDatabase(orbitDb(store("bob"), "bob"));
        new KeyValue(bob).put("k", IpldValue.of(1));
        // Carol's copy lets anyone write; Bob's lets only Alice and Bob: same name, other address,
        // so her entry also carries another database's id.
        Database carol = orbitDb(carolStore, "carol").create("kv-vectors", KeyValue.TYPE, IpfsAccessController.TYPE,
                List.of(IpfsAccessController.ANYONE), Optional.empty());
        Entry forged = new KeyValue(carol).put("k", IpldValue.of(666));
        List<Entry> headsBefore = bob.heads();

        EntryRefusedException refused = assertThrows(EntryRefusedException.class, () -> bob.join(forged, carolStore.blocks()));
        assertEquals(EntryRefusedException.Reason.WRONG_LOG, refused.reason());
        assertEquals(headsBefore, bob.heads());
        assertEquals(1, bob.size());
        assertEquals(Optional.of(IpldValue.of(1)), new KeyValue(bob).get("k"));
        assertTrue(!bob.has(forged.hash()));
    }

    /** The stored key index gives what OrbitDB's traversal gives, over random concurrent histories. */
    @Test
    void theKeyIndexAgreesWithTheTraversalOnRandomHistories() throws Exception {
        List<String> names = List.of("alice", "bob");
        Random random = new Random(20261121);
        for (int history = 0; history < 30; history++) {
            Map<String, LocalStore> stores = new HashMap<>();
            Map<String, Database> dbs = new HashMap<>();
            for (String name : names) {
                stores.put(name, store(name + history));
                dbs.put(name, vectorDatabase(orbitDb(stores.get(name), name)));
            }
            for (int step = 0; step < 40; step++) {
                String name = names.get(random.nextInt(names.size()));
                KeyValue kv = new KeyValue(dbs.get(name));
                int choice = random.nextInt(10);
                String key = "k" + random.nextInt(6);
                if (choice < 6) {
                    kv.put(key, IpldValue.of(random.nextInt(100)));
                } else if (choice < 8) {
                    kv.del(key);
                } else {
                    String other = names.get(1 - names.indexOf(name));
                    for (Entry head : dbs.get(other).heads()) {
                        dbs.get(name).join(head, stores.get(other).blocks());
                    }
                }
            }
            for (String name : names) {
                Database db = dbs.get(name);
                Log walked = Log.open(db.address().toString(), db.accessController(), stores.get(name).blocks(), null,
                        db.heads().stream().map(Entry::hash).toList());
                KeyValue indexed = new KeyValue(db);
                KeyValue traversed = new KeyValue(walked);
                assertEquals(traversed.all(), indexed.all(), "history " + history + ", " + name);
                for (int k = 0; k < 6; k++) {
                    assertEquals(traversed.get("k" + k), indexed.get("k" + k), "history " + history + ", k" + k);
                }
            }
        }
    }
}
