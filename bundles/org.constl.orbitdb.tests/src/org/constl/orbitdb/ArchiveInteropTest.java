package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.orbitdb.internal.Hashes;
import org.constl.storage.StoreException;
import org.constl.testing.InteropScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Database folders cross between Java and {@code @orbitdb/core} 2.5 (with the set, ordered-keyvalue
 * and feed packages) both ways, for the six types: {@code interop/orbitdb-export.mjs} writes one
 * database of each type, Java imports them (verifying every entry) and finds the heads and the
 * state JS found; {@code interop/orbitdb-read.mjs} opens what Java exports (of those, and of
 * databases two Java writers wrote), verifying every entry too, and finds the state Java found.
 * Both refuse the same forged folders.
 */
class ArchiveInteropTest {

    private static final List<String> TYPES = List.of("events", "keyvalue", "documents", "set", "ordered-keyvalue", "feed");
    private static final Map<String, LogWriter> WRITERS = Vectors.writers();
    private static final LogWriter ALICE = WRITERS.get("alice");
    private static final LogWriter BOB = WRITERS.get("bob");
    private static final LogWriter CAROL = WRITERS.get("carol");
    /** Beyond 2^53: a BigInt in JS. */
    private static final IpldValue BIG = IpldValue.of(BigInteger.ONE.shiftLeft(60));

    @TempDir
    static Path shared;
    private static Path jsFolders;
    private static InteropScript reader;

    @TempDir
    Path temp;
    private final List<LocalPeer> peers = new ArrayList<>();

    @BeforeAll
    static void exportWithJs() throws Exception {
        reader = InteropScript.find("orbitdb-read.mjs");
        jsFolders = shared.resolve("js");
        InteropScript.find("orbitdb-export.mjs").run(jsFolders.toString());
    }

    @AfterEach
    void tearDown() {
        peers.forEach(LocalPeer::close);
    }

    @Test
    void javaImportsEveryTypeJsWroteWithItsHeadsAndEntries() throws Exception {
        List<Executable> checks = new ArrayList<>();
        for (String type : TYPES) {
            Path folder = jsFolders.resolve(type);
            Database imported = peer(type, null).archive().importFolder(folder);
            IpldValue.MapValue description = IpldJson.parse(Files.readString(folder.resolve("database.json"))).asMap();
            List<IpldValue> state = jsState(folder).asList();
            checks.add(() -> assertEquals(type, imported.type()));
            checks.add(() -> assertEquals(description.get("address").asString(), imported.address().toString()));
            checks.add(() -> assertEquals(new TreeSet<>(description.get("heads").asList().stream().map(IpldValue::asString).toList()),
                    new TreeSet<>(imported.heads().stream().map(Entry::hash).toList()), type + " heads"));
            checks.add(() -> assertTrue(state.size() > 3, type + ": the JS state has something to compare"));
            for (IpldValue item : state) {
                checks.add(() -> assertTrue(imported.has(item.asMap().get("hash").asString()), type + ": " + item));
            }
        }
        assertAll(checks);
    }

    @Test
    void javaReadsTheStateJsReadForEveryType() throws Exception {
        List<Executable> checks = new ArrayList<>();
        for (String type : TYPES) {
            Path folder = jsFolders.resolve(type);
            Database imported = peer(type, null).archive().importFolder(folder);
            IpldValue expected = jsState(folder);
            IpldValue actual = javaState(imported);
            checks.add(() -> assertEquals(expected, actual, type));
        }
        assertAll(checks);
    }

    @Test
    void jsReadsWhatJavaExportsOfEveryTypeItImported() throws Exception {
        for (String type : TYPES) {
            Path folder = jsFolders.resolve(type);
            LocalPeer peer = peer(type, null);
            OrbitDbAddress address = peer.archive().importFolder(folder).address();
            Path exported = temp.resolve("java-" + type);
            peer.archive().export(address, exported);
            assertEquals(jsState(folder), IpldJson.parse(reader.run(exported.toString())), type);
        }
    }

    @Test
    void jsReadsTheStateOfDatabasesJavaWroteWithTwoWriters() throws Exception {
        LocalPeer alice = peer("alice", ALICE);
        LocalPeer bob = peer("bob", BOB);
        List<Executable> checks = new ArrayList<>();
        for (String type : TYPES) {
            // A set lists its values by their JSON text, which JS cannot make of a big integer.
            List<IpldValue> values = values().stream().filter(v -> !type.equals(SetDb.TYPE) || !v.equals(BIG)).toList();
            Database a = alice.orbitdb().create("java-" + type, type, IpfsAccessController.TYPE,
                    List.of(ALICE.identity().id(), BOB.identity().id()), Optional.empty());
            Database b = transfer(alice, bob, a.address());
            for (int i = 0; i < values.size(); i++) {
                write(i % 2 == 0 ? a : b, "k" + (i % 5), values.get(i));
                if (i % 4 == 3) {
                    transfer(alice, bob, a.address());
                    transfer(bob, alice, a.address());
                }
            }
            write(a, "constructor", IpldValue.of("a key JS objects already have"));
            write(b, "k2", IpldValue.of("concurrent"));
            delete(a, "k1", values.get(1));
            transfer(bob, alice, a.address());
            assertTrue(a.heads().size() > 1, "concurrent heads to join");

            Path exported = temp.resolve("java-written-" + type);
            alice.archive().export(a.address(), exported);
            Database reread = peer("reader-" + type, null).archive().importFolder(exported);
            IpldValue written = javaState(a);
            IpldValue read = javaState(reread);
            IpldValue js = IpldJson.parse(reader.run(exported.toString()));
            checks.add(() -> assertTrue(written.asList().size() > 3, type + ": the Java state has something to compare"));
            checks.add(() -> assertEquals(written, read, type + ": the writer and a reader agree"));
            checks.add(() -> assertEquals(written, js, type));
        }
        assertAll(checks);
    }

    /**
     * Batches are signed on a second thread, each entry's references taken from the one before:
     * JS verifies and reads such a log, written after two concurrent heads and in several batches.
     */
    @Test
    void jsReadsAKeyValueDatabaseJavaWroteInBatches() throws Exception {
        LocalPeer alice = peer("alice", ALICE);
        LocalPeer bob = peer("bob", BOB);
        Database a = alice.orbitdb().create("java-batches", KeyValue.TYPE, IpfsAccessController.TYPE,
                List.of(ALICE.identity().id(), BOB.identity().id()), Optional.empty());
        Database b = transfer(alice, bob, a.address());
        new KeyValue(a).put("first", IpldValue.of("alice"));
        new KeyValue(b).put("first", IpldValue.of("bob"));
        transfer(bob, alice, a.address());
        assertEquals(2, a.heads().size(), "a batch after two heads");
        for (int batch = 0; batch < 3; batch++) {
            Map<String, IpldValue> values = new LinkedHashMap<>();
            for (int i = 0; i < 120; i++) {
                values.put("row-" + (batch * 100 + i), IpldValue.of(batch * 1000 + i)); // overlapping keys
            }
            assertEquals(120, new KeyValue(a).putAll(values).size());
        }

        Path exported = temp.resolve("java-written-batches");
        alice.archive().export(a.address(), exported);
        IpldValue written = javaState(a);
        assertEquals(1 + 300 + 20, written.asList().size(), "first, then rows 0-319");
        assertEquals(written, IpldJson.parse(reader.run(exported.toString())));
    }

    @Test
    void neitherListsASetHoldingABigInteger() throws Exception {
        LocalPeer alice = peer("alice", ALICE);
        Database db = alice.orbitdb().create("big", SetDb.TYPE, IpfsAccessController.TYPE, List.of(ALICE.identity().id()), Optional.empty());
        new SetDb(db).add(IpldValue.of("small"));
        new SetDb(db).add(BIG);
        Path exported = temp.resolve("big");
        alice.archive().export(db.address(), exported);
        UnreadableEntryException java = assertThrows(UnreadableEntryException.class, () -> new SetDb(db).all());
        assertTrue(java.getMessage().contains("BigInt"), java.getMessage());
        InteropScript.Run js = reader.runAllowingFailure(exported.toString());
        assertNotEquals(0, js.exitCode(), js.out());
        assertTrue(js.err().contains("BigInt"), js.err());
    }

    @Test
    void jsAndJavaBothRefuseForgedAndTamperedFolders() throws Exception {
        LocalPeer alice = peer("alice", ALICE);
        Database db = alice.orbitdb().create("forged", KeyValue.TYPE, IpfsAccessController.TYPE,
                List.of(ALICE.identity().id(), BOB.identity().id()), Optional.empty());
        new KeyValue(db).put("a", IpldValue.of(1));
        new KeyValue(db).put("b", IpldValue.of(2));

        Path forged = temp.resolve("forged");
        alice.archive().export(db.address(), forged);
        Entry carols = Entry.create(CAROL.identity(), CAROL.signingKey(), db.address().toString(),
                KeyValue.putPayload("a", IpldValue.of(666)), new Clock(CAROL.identity().publicKey(), 3),
                List.of(db.heads().get(0).hash()), List.of());
        writeBlock(forged, carols.block());
        writeBlock(forged, new Block(CAROL.identity().cid(), CAROL.identity().bytes()));
        Path description = forged.resolve("database.json");
        Files.writeString(description, Files.readString(description).replace(db.heads().get(0).hash(), carols.hash()));
        ArchiveException refused = assertThrows(ArchiveException.class, () -> peer("forged", null).archive().importFolder(forged));
        assertEquals(Reason.NOT_ALLOWED, assertInstanceOf(EntryRefusedException.class, refused.getCause()).reason());
        InteropScript.Run js = reader.runAllowingFailure(forged.toString());
        assertNotEquals(0, js.exitCode(), js.out());
        assertTrue(js.err().contains("is not allowed to write"), js.err());

        Path tampered = temp.resolve("tampered");
        alice.archive().export(db.address(), tampered);
        Path entry = tampered.resolve("blocks").resolve(db.values().get(0).hash());
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 1;
        Files.write(entry, bytes);
        ArchiveException damaged = assertThrows(ArchiveException.class, () -> peer("tampered", null).archive().importFolder(tampered));
        assertTrue(damaged.getMessage().contains("do not match"), damaged.getMessage());
        js = reader.runAllowingFailure(tampered.toString());
        assertNotEquals(0, js.exitCode(), js.out());
        assertTrue(js.err().contains("do not match"), js.err());
    }

    /** Values of every kind of the data model, as the JS side writes them too. */
    private static List<IpldValue> values() {
        Cid link = Cid.of(Multicodec.DAG_CBOR, "a linked block".getBytes(StandardCharsets.UTF_8));
        return List.of(IpldValue.of("Fagus sylvatica"), IpldValue.of("étoile ✨"), IpldValue.of(42), IpldValue.of(-7),
                IpldValue.of(1.5), IpldValue.of(0), IpldValue.of(true), IpldValue.NULL, IpldValue.of(9007199254740991L),
                IpldValue.map(Map.of("nested", IpldValue.map(Map.of("a", IpldValue.list(IpldValue.of(1), IpldValue.of(2.25), IpldValue.NULL))))),
                IpldValue.list(), IpldValue.map(Map.of()), IpldValue.of(new byte[] {0, 1, 2, (byte) 255}), IpldValue.of(link),
                IpldValue.map(Map.of("lien", IpldValue.of(link))), IpldValue.of(BigInteger.valueOf(-123456789)),
                BIG, IpldValue.of(1e300));
    }

    /** The write of each type for a key and a value. */
    private static void write(Database db, String key, IpldValue value) {
        switch (db.type()) {
            case KeyValue.TYPE -> new KeyValue(db).put(key, value);
            case Events.TYPE -> new Events(db).add(value);
            case Documents.TYPE -> new Documents(db).put(IpldValue.MapValue.builder().put("_id", IpldValue.of(key))
                    .put("contenu", value).build());
            case SetDb.TYPE -> new SetDb(db).add(value);
            case OrderedKeyValue.TYPE -> new OrderedKeyValue(db).put(key, value, IpldValue.of(key.length() % 3));
            case Feed.TYPE -> new Feed(db).add(value);
            default -> throw new IllegalArgumentException(db.type());
        }
    }

    /** The deletion of each type: the key, the value, or the first entry. */
    private static void delete(Database db, String key, IpldValue value) {
        switch (db.type()) {
            case KeyValue.TYPE -> new KeyValue(db).del(key);
            case Documents.TYPE -> new Documents(db).del(IpldValue.of(key));
            case SetDb.TYPE -> new SetDb(db).del(value);
            case OrderedKeyValue.TYPE -> new OrderedKeyValue(db).del(key);
            case Feed.TYPE -> new Feed(db).remove(db.values().get(0).hash());
            default -> new Events(db).add(IpldValue.of("events delete nothing"));
        }
    }

    /** db.all() as JS returns it (a JS undefined is an absent field), oldest first. */
    private static IpldValue javaState(Database db) {
        List<IpldValue.MapValue> items = switch (db.type()) {
            case KeyValue.TYPE -> new KeyValue(db).all().stream().map(i -> item("key", Optional.of(IpldValue.of(i.key())),
                    "value", Optional.of(i.value()), i.hash())).toList();
            case Events.TYPE -> new Events(db).all().stream().map(e -> item("value", Optional.of(e.value()), null, null, e.hash())).toList();
            case Documents.TYPE -> new Documents(db).all().stream().map(d -> item("key", d.key(), "value", d.value(), d.hash())).toList();
            case SetDb.TYPE -> new SetDb(db).all().stream().map(e -> item("value", e.value(), null, null, e.hash())).toList();
            case OrderedKeyValue.TYPE -> new OrderedKeyValue(db).all().stream().map(i -> item("key", Optional.of(i.key()),
                    "value", i.value(), i.hash())).toList();
            case Feed.TYPE -> new Feed(db).all().stream().map(i -> item("value", i.value(), null, null, i.hash())).toList();
            default -> throw new IllegalArgumentException("no Java reader for " + db.type());
        };
        return IpldValue.list(items);
    }

    private static IpldValue.MapValue item(String field, Optional<IpldValue> value, String otherField, Optional<IpldValue> other,
            String hash) {
        IpldValue.MapValue.Builder item = IpldValue.MapValue.builder().put("hash", IpldValue.of(hash));
        value.ifPresent(v -> item.put(field, v));
        if (otherField != null) {
            other.ifPresent(v -> item.put(otherField, v));
        }
        return item.build();
    }

    private static IpldValue jsState(Path folder) throws IOException {
        return IpldJson.parse(Files.readString(folder.resolve("state.json")));
    }

    /** Hands the database from one peer to the other through a folder; returns the receiver's. */
    private Database transfer(LocalPeer from, LocalPeer to, OrbitDbAddress address) throws IOException, StoreException {
        Path folder = Files.createTempDirectory(temp, "transfer");
        from.archive().export(address, folder);
        return to.archive().importFolder(folder);
    }

    private LocalPeer peer(String name, LogWriter writer) throws Exception {
        LocalPeer peer = LocalPeer.open(temp.resolve("peer-" + name), writer);
        peers.add(peer);
        return peer;
    }

    private static void writeBlock(Path folder, Block block) throws IOException {
        Files.write(folder.resolve("blocks").resolve(Hashes.of(block.cid())), block.bytes());
    }
}
