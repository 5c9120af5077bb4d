package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.constl.storage.BlockStore;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.OrbitDbSignatures;
import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of forged entry is refused with its reason, and a refused join changes nothing. */
class ForgedEntryTest {

    private static final Map<String, LogWriter> WRITERS = Vectors.writers();
    private static final LogWriter ALICE = WRITERS.get("alice");
    private static final LogWriter BOB = WRITERS.get("bob");
    private static final LogWriter CAROL = WRITERS.get("carol");
    private static final String LOG_ID = Manifest.create("forged", KeyValue.TYPE, "/ipfs/x", java.util.Optional.empty()).address().toString();

    private BlockStore blocks;
    private IpfsAccessController access;
    private Log replica;
    private Entry first;

    @BeforeEach
    void setUp() {
        blocks = BlockStore.memory();
        access = IpfsAccessController.create(List.of(ALICE.identity().id(), BOB.identity().id()));
        Log alice = new Log(LOG_ID, access, blocks, ALICE);
        new Log(LOG_ID, access, blocks, BOB);
        new Log(LOG_ID, access, blocks, CAROL);
        first = alice.append(KeyValue.putPayload("a", IpldValue.of(1)));
        replica = new Log(LOG_ID, access, blocks, null);
        assertTrue(replica.joinEntry(first));
    }

    @Test
    void missingKey() {
        byte[] bytes = reencode(first, m -> m.remove("key"));
        assertRefused(Reason.MISSING_KEY, () -> Entry.decode(bytes));
    }

    @Test
    void missingSignatureAndOtherShapes() {
        assertRefused(Reason.MISSING_SIGNATURE, () -> Entry.decode(reencode(first, m -> m.remove("sig"))));
        assertRefused(Reason.MALFORMED, () -> Entry.decode(reencode(first, m -> m.put("v", IpldValue.of(1)))));
        assertRefused(Reason.MALFORMED, () -> Entry.decode(reencode(first, m -> m.put("next", IpldValue.list(IpldValue.of("Qm"))))));
        assertRefused(Reason.MALFORMED, () -> Entry.decode(new byte[] {(byte) 0xa1, 0x61}));
    }

    @Test
    void badSignature() {
        Entry forged = Entry.decode(reencode(first, m -> m.put("payload", KeyValue.putPayload("a", IpldValue.of(2)))));
        assertFalse(forged.verifySignature());
        assertRefusedJoin(Reason.BAD_SIGNATURE, forged);
    }

    @Test
    void signerDifferentFromTheClaimedIdentity() {
        // Signed by bob's key, valid for that key, but naming alice's identity.
        Entry bobs = Entry.create(BOB.identity(), BOB.signingKey(), LOG_ID, KeyValue.putPayload("b", IpldValue.of(3)),
                new Clock(BOB.identity().publicKey(), 2), List.of(first.hash()), List.of());
        Entry forged = Entry.decode(reencode(bobs, m -> m.put("identity", IpldValue.of(ALICE.identity().hash()))));
        assertTrue(forged.verifySignature());
        assertRefusedJoin(Reason.KEY_NOT_IDENTITY, forged);
    }

    @Test
    void identityWithABadSignature() {
        OrbitDbIdentity bob = BOB.identity();
        IpldValue.MapValue value = bob.toValue().asMap();
        Map<String, IpldValue> fields = new LinkedHashMap<>(value.entries());
        fields.put("signatures", IpldValue.map(Map.of("id", IpldValue.of(bob.idSignature()),
                "publicKey", IpldValue.of(OrbitDbSignatures.sign(BOB.signingKey(), bob.publicKey() + bob.idSignature())))));
        OrbitDbIdentity tampered = OrbitDbIdentity.decode(DagCbor.encode(IpldValue.map(fields)));
        assertFalse(tampered.verify());
        WireA14Test.put(blocks, new Block(tampered.cid(), tampered.bytes()));
        Entry forged = Entry.create(tampered, BOB.signingKey(), LOG_ID, KeyValue.putPayload("b", IpldValue.of(4)),
                new Clock(bob.publicKey(), 2), List.of(first.hash()), List.of());
        assertRefusedJoin(Reason.BAD_IDENTITY, forged);
    }

    @Test
    void unknownIdentity() {
        OrbitDbIdentity stranger = OrbitDbIdentity.create(CAROL.signingKey(), ALICE.signingKey());
        Entry forged = Entry.create(stranger, ALICE.signingKey(), LOG_ID, KeyValue.putPayload("c", IpldValue.of(5)),
                new Clock(stranger.publicKey(), 2), List.of(), List.of());
        assertRefusedJoin(Reason.UNKNOWN_IDENTITY, forged);
    }

    @Test
    void writerNotAllowed() {
        Log carol = new Log(LOG_ID, access, blocks, CAROL);
        assertRefused(Reason.NOT_ALLOWED, () -> carol.append(KeyValue.putPayload("c", IpldValue.of(6))));
        assertEquals(0, carol.size());
        Entry carols = Entry.create(CAROL.identity(), CAROL.signingKey(), LOG_ID, KeyValue.putPayload("c", IpldValue.of(6)),
                new Clock(CAROL.identity().publicKey(), 2), List.of(first.hash()), List.of());
        assertRefusedJoin(Reason.NOT_ALLOWED, carols);
    }

    @Test
    void entryOfAnotherDatabase() {
        Entry other = Entry.create(ALICE.identity(), ALICE.signingKey(), "/orbitdb/zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp",
                KeyValue.putPayload("a", IpldValue.of(7)), new Clock(ALICE.identity().publicKey(), 2), List.of(first.hash()), List.of());
        assertRefusedJoin(Reason.WRONG_LOG, other);
    }

    @Test
    void oversizedEntry() {
        IpldValue big = IpldValue.of(new byte[Entry.MAX_BYTES]);
        assertRefused(Reason.TOO_LARGE, () -> Entry.create(ALICE.identity(), ALICE.signingKey(), LOG_ID,
                KeyValue.putPayload("big", big), new Clock(ALICE.identity().publicKey(), 2), List.of(), List.of()));
        assertRefused(Reason.TOO_LARGE, () -> Entry.decode(new byte[Entry.MAX_BYTES + 1]));
    }

    @Test
    void aForgedAncestorRefusesTheWholeJoinAndChangesNothing() {
        // bob's valid entry on top of an ancestor with a broken signature: nothing joins.
        Entry forgedParent = Entry.decode(reencode(Entry.create(BOB.identity(), BOB.signingKey(), LOG_ID,
                KeyValue.putPayload("p", IpldValue.of(8)), new Clock(BOB.identity().publicKey(), 2), List.of(first.hash()), List.of()),
                m -> m.put("payload", KeyValue.putPayload("p", IpldValue.of(9)))));
        WireA14Test.put(blocks, forgedParent.block());
        Entry child = Entry.create(BOB.identity(), BOB.signingKey(), LOG_ID, KeyValue.putPayload("q", IpldValue.of(10)),
                new Clock(BOB.identity().publicKey(), 3), List.of(forgedParent.hash()), List.of());
        assertRefusedJoin(Reason.BAD_SIGNATURE, child);

        Entry orphan = Entry.create(BOB.identity(), BOB.signingKey(), LOG_ID, KeyValue.putPayload("q", IpldValue.of(11)),
                new Clock(BOB.identity().publicKey(), 3), List.of(child.hash()), List.of());
        assertRefusedJoin(Reason.MISSING_ENTRY, orphan);
    }

    @Test
    void replayedEntryIsNotJoinedTwice() {
        assertFalse(replica.joinEntry(first));
        assertEquals(1, replica.size());
    }

    private void assertRefusedJoin(Reason reason, Entry entry) {
        List<Entry> heads = replica.heads();
        long size = replica.size();
        assertRefused(reason, () -> replica.joinEntry(entry));
        assertEquals(heads, replica.heads());
        assertEquals(size, replica.size());
        assertFalse(replica.has(entry.hash()));
    }

    private static void assertRefused(Reason reason, org.junit.jupiter.api.function.Executable action) {
        EntryRefusedException e = assertThrows(EntryRefusedException.class, action);
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private static byte[] reencode(Entry entry, Consumer<Map<String, IpldValue>> change) {
        Map<String, IpldValue> fields = new LinkedHashMap<>(DagCbor.decode(entry.bytes()).asMap().entries());
        change.accept(fields);
        return DagCbor.encode(IpldValue.map(fields));
    }
}
