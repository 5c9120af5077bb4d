package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.constl.ipld.Block;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.orbitdb.internal.Hashes;
import org.constl.storage.BlockStore;
import org.constl.storage.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of hostile or broken database folders are refused with the file at fault named, and
 * leave the store as it was; imports into a store that has the database merge into it.
 */
class DatabaseArchiveTest {

    private static final Map<String, LogWriter> WRITERS = Vectors.writers();
    private static final LogWriter ALICE = WRITERS.get("alice");
    private static final LogWriter BOB = WRITERS.get("bob");
    private static final LogWriter CAROL = WRITERS.get("carol");
    private static final String NAME = "archive-test";

    @TempDir
    Path temp;

    private final List<LocalPeer> peers = new ArrayList<>();
    private LocalPeer source;
    private Database written;
    private Path folder;
    private LocalPeer target;

    @BeforeEach
    void setUp() throws Exception {
        source = peer("alice", ALICE);
        written = source.orbitdb().create(NAME, KeyValue.TYPE, IpfsAccessController.TYPE,
                List.of(ALICE.identity().id(), BOB.identity().id()), Optional.empty());
        KeyValue kv = new KeyValue(written);
        kv.put("espèce", IpldValue.of("Fagus sylvatica"));
        kv.put("count", IpldValue.of(1));
        kv.put("count", IpldValue.of(2));
        kv.del("espèce");
        kv.put("nested", IpldValue.map(Map.of("a", IpldValue.list(IpldValue.of(1.5), IpldValue.NULL))));
        folder = exportFrom(source, written.address());
        target = peer("target", null);
    }

    @AfterEach
    void tearDown() {
        peers.forEach(LocalPeer::close);
    }

    @Test
    void importsTheDatabaseWithItsHistoryAndState() throws Exception {
        Database imported = target.archive().importFolder(folder);
        assertEquals(written.address(), imported.address());
        assertEquals(written.heads(), imported.heads());
        assertEquals(hashes(written.values()), hashes(imported.values()));
        assertEquals(new KeyValue(written).all(), new KeyValue(imported).all());
        assertEquals(List.of(written.address()), target.orbitdb().databases().stream().map(Manifest::address).toList());
    }

    @Test
    void anEmptyDatabaseCrossesToo() throws Exception {
        Database empty = source.orbitdb().create("empty", Events.TYPE, IpfsAccessController.TYPE,
                List.of(ALICE.identity().id()), Optional.empty());
        Database imported = target.archive().importFolder(exportFrom(source, empty.address()));
        assertEquals(empty.address(), imported.address());
        assertEquals(List.of(), imported.heads());
        assertEquals(0, imported.size());
    }

    @Test
    void reimportingChangesNothingAndAnotherWritersFolderMerges() throws Exception {
        Database imported = target.archive().importFolder(folder);
        assertSame(imported, target.archive().importFolder(folder));
        assertEquals(written.size(), imported.size());

        LocalPeer bob = peer("bob", BOB);
        KeyValue bobs = new KeyValue(bob.archive().importFolder(folder));
        bobs.put("count", IpldValue.of(3));
        bobs.put("by bob", IpldValue.of(true));
        Database merged = target.archive().importFolder(exportFrom(bob, written.address()));
        assertSame(imported, merged);
        assertEquals(written.size() + 2, merged.size());
        assertEquals(bobs.all(), new KeyValue(merged).all());
    }

    @Test
    void tamperedBlockIsRefused() throws Exception {
        Path file = entryFile(written.values().get(1));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertRefusedAndStoreUnchanged(file.toString(), "do not match");
    }

    @Test
    void missingEntryIsRefused() throws Exception {
        Path file = entryFile(written.values().get(0));
        Files.delete(file);
        assertRefusedAndStoreUnchanged(file.toString(), "is missing");
    }

    @Test
    void missingIdentityIsRefused() throws Exception {
        Path file = folder.resolve("blocks").resolve(ALICE.identity().hash());
        Files.delete(file);
        assertRefusedAndStoreUnchanged(file.toString(), "identity");
    }

    @Test
    void entryOfAWriterOutsideTheWriteListRefusesTheWholeImport() throws Exception {
        // A second head, carol's, on its own branch: alice's head would join first, and must not stay.
        Entry carols = Entry.create(CAROL.identity(), CAROL.signingKey(), written.address().toString(),
                KeyValue.putPayload("count", IpldValue.of(666)), new Clock(CAROL.identity().publicKey(), 1), List.of(), List.of());
        writeBlock(folder, carols.block());
        writeBlock(folder, new Block(CAROL.identity().cid(), CAROL.identity().bytes()));
        describe(folder, written.address().toString(), KeyValue.TYPE, NAME, List.of(written.heads().get(0).hash(), carols.hash()));
        ArchiveException e = assertRefusedAndStoreUnchanged(carols.hash(), "NOT_ALLOWED");
        assertEquals(Reason.NOT_ALLOWED, assertInstanceOf(EntryRefusedException.class, e.getCause()).reason());
    }

    @Test
    void aFailedImportIntoAnOpenDatabaseLeavesItAsStored() throws Exception {
        Database imported = target.archive().importFolder(folder);
        List<KeyValue.Item> before = new KeyValue(imported).all();
        LocalPeer bob = peer("bob", BOB);
        new KeyValue(bob.archive().importFolder(folder)).put("by bob", IpldValue.of(1));
        Path bobs = exportFrom(bob, written.address());
        Entry carols = Entry.create(CAROL.identity(), CAROL.signingKey(), written.address().toString(),
                KeyValue.putPayload("count", IpldValue.of(666)), new Clock(CAROL.identity().publicKey(), 1), List.of(), List.of());
        writeBlock(bobs, carols.block());
        writeBlock(bobs, new Block(CAROL.identity().cid(), CAROL.identity().bytes()));
        describe(bobs, written.address().toString(), KeyValue.TYPE, NAME, List.of(bob.orbitdb().open(written.address()).heads().get(0).hash(), carols.hash()));

        assertThrows(ArchiveException.class, () -> target.archive().importFolder(bobs));
        OrbitDbException closed = assertThrows(OrbitDbException.class, () -> imported.join(carols, null));
        assertTrue(closed.getMessage().contains("is closed"), "the failed import closed the database: " + closed.getMessage());
        Database reopened = target.orbitdb().open(written.address());
        assertEquals(written.heads(), reopened.heads());
        assertEquals(before, new KeyValue(reopened).all());
        assertEquals(written.heads().stream().map(e -> e.block().cid()).toList(), target.store().heads().get(written.address().toString()));
    }

    @Test
    void oversizedFilesAreRefused() throws Exception {
        Path big = folder.resolve("blocks").resolve(written.heads().get(0).hash() + "x");
        Files.write(big, new byte[BlockStore.MAX_BLOCK_LENGTH + 1]);
        assertRefusedAndStoreUnchanged(big.toString(), "more than a block may have");
        Files.delete(big);

        Path description = folder.resolve("database.json");
        String padded = Files.readString(description).replace("{", "{" + " ".repeat(DatabaseArchive.MAX_DESCRIPTION_BYTES));
        Files.writeString(description, padded);
        assertRefusedAndStoreUnchanged(description.toString(), "more than " + DatabaseArchive.MAX_DESCRIPTION_BYTES + " bytes");
    }

    @Test
    void tooManyFilesAreRefused() {
        ArchiveException e = assertThrows(ArchiveException.class,
                () -> new DatabaseArchive(target.orbitdb(), 3, Long.MAX_VALUE).importFolder(folder));
        assertTrue(e.getMessage().contains("more than 3 files"), e.getMessage());
    }

    @Test
    void filesThatAreNotBlocksAreRefused() throws Exception {
        Path notes = folder.resolve("blocks").resolve("notes.txt");
        Files.writeString(notes, "hello");
        assertRefusedAndStoreUnchanged(notes.toString(), "not an OrbitDB hash");
    }

    @Test
    void descriptionLyingAboutTheAddressIsRefused() throws Exception {
        String head = written.heads().get(0).hash();
        // The address of a database whose manifest the folder does not have.
        Manifest absent = Manifest.create("elsewhere", KeyValue.TYPE, written.manifest().accessController(), Optional.empty());
        describe(folder, absent.address().toString(), KeyValue.TYPE, "elsewhere", List.of(head));
        assertRefusedAndStoreUnchanged(absent.address().hash(), "manifest");

        // Another name than the manifest's.
        describe(folder, written.address().toString(), KeyValue.TYPE, "another name", List.of(head));
        assertRefusedAndStoreUnchanged("database.json", "'another name'");

        // Another database with the same name and type, that anyone may write: its log is not this one.
        IpfsAccessController anyone = IpfsAccessController.create(List.of(IpfsAccessController.ANYONE));
        Manifest other = Manifest.create(NAME, KeyValue.TYPE, anyone.address(), Optional.empty());
        writeBlock(folder, anyone.block());
        writeBlock(folder, other.block());
        describe(folder, other.address().toString(), KeyValue.TYPE, NAME, List.of(head));
        ArchiveException e = assertRefusedAndStoreUnchanged(head, "WRONG_LOG");
        assertEquals(Reason.WRONG_LOG, assertInstanceOf(EntryRefusedException.class, e.getCause()).reason());
        assertTrue(target.orbitdb().manifest(other.address()).isEmpty(), "the other manifest was rolled back too");
    }

    @Test
    void malformedDescriptionsAreRefused() throws Exception {
        Path description = folder.resolve("database.json");
        String address = written.address().toString();
        for (String text : List.of("not json", "[]", "{\"address\":\"" + address + "\",\"type\":\"keyvalue\",\"name\":\"" + NAME + "\"}",
                "{\"address\":\"" + address + "\",\"type\":\"keyvalue\",\"name\":\"" + NAME + "\",\"heads\":[\"Qm\"]}",
                "{\"address\":\"/ipfs/x\",\"type\":\"keyvalue\",\"name\":\"" + NAME + "\",\"heads\":[]}",
                "{\"address\":\"" + address + "\",\"type\":\"keyvalue\",\"name\":\"" + NAME + "\",\"heads\":[],\"more\":1}")) {
            Files.writeString(description, text);
            assertRefusedAndStoreUnchanged("database.json", "");
        }
        Files.write(description, new byte[] {'{', (byte) 0xff, '}'});
        assertRefusedAndStoreUnchanged("database.json", "UTF-8");
        Files.delete(description);
        assertRefusedAndStoreUnchanged("database.json", "not a database folder");
    }

    @Test
    void exportNeedsAnEmptyFolder() throws Exception {
        ArchiveException e = assertThrows(ArchiveException.class, () -> source.archive().export(written.address(), folder));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    private ArchiveException assertRefusedAndStoreUnchanged(String named, String reason) throws StoreException {
        long blocks = target.store().blocks().count();
        ArchiveException e = assertThrows(ArchiveException.class, () -> target.archive().importFolder(folder));
        assertTrue(e.getMessage().contains(named) && e.getMessage().contains(reason), e.getMessage());
        assertEquals(blocks, target.store().blocks().count(), "no block kept");
        assertEquals(List.of(), target.orbitdb().databases());
        assertEquals(List.of(), target.store().heads().databases());
        assertTrue(target.orbitdb().manifest(written.address()).isEmpty());
        return e;
    }

    private LocalPeer peer(String name, LogWriter writer) throws Exception {
        LocalPeer peer = LocalPeer.open(temp.resolve("peer-" + name), writer);
        peers.add(peer);
        return peer;
    }

    private Path exportFrom(LocalPeer peer, OrbitDbAddress address) throws IOException {
        Path to = Files.createTempDirectory(temp, "folder");
        peer.archive().export(address, to);
        return to;
    }

    private Path entryFile(Entry entry) {
        return folder.resolve("blocks").resolve(entry.hash());
    }

    private static List<String> hashes(List<Entry> entries) {
        return entries.stream().map(Entry::hash).toList();
    }

    private static void writeBlock(Path folder, Block block) throws IOException {
        Files.write(folder.resolve("blocks").resolve(Hashes.of(block.cid())), block.bytes());
    }

    private static void describe(Path folder, String address, String type, String name, List<String> heads) throws IOException {
        IpldValue description = IpldValue.map(Map.of("address", IpldValue.of(address), "type", IpldValue.of(type),
                "name", IpldValue.of(name), "heads", IpldValue.list(heads.stream().map(IpldValue::of).toList())));
        Files.writeString(folder.resolve("database.json"), IpldJson.print(description), StandardCharsets.UTF_8);
    }
}
