package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.storage.BlockStore;
import org.constl.storage.StoreException;
import org.junit.jupiter.api.Test;

/**
 * The golden vectors of {@code interop/vectors/constellation-access.mjs}, made by ipa 1.6.16's
 * own controllers: Java nodes replay every event of the JS nodes, in the same order, and decide
 * as they did; appends give the same entries. Rows marked with an ipa quirk are where Java
 * decides otherwise on purpose, each checked by its own test.
 */
class ConstellationVectorsTest {

    private static final String SETUP = "constellation-setup.tsv";
    private static final String EVENTS = "constellation-events.tsv";
    private static final String WALK_QUIRK = "walk-stops-at-moderator";
    private static final String FORGED_QUIRK = "forged-ancestor";
    private static final String PROTO_QUIRK = "proto-key-fails-signature";

    /** An event of the JS run and what the Java node decided in its place. */
    private record Outcome(String[] row, String js, String java, EntryRefusedException refusal) {

        String kind() {
            return row[0];
        }

        String replica() {
            return row[1];
        }

        String label() {
            return row[row.length - 2];
        }

        String quirk() {
            return row[row.length - 1];
        }

        @Override
        public String toString() {
            return kind() + " on " + replica() + " of '" + label() + "'";
        }
    }

    private static final Map<String, String> IDS = new HashMap<>();
    private static final Map<String, Entry> ENTRIES = new HashMap<>();
    private static final BlockStore BLOCKS = BlockStore.memory();
    private static final Map<String, ConstellationReplica> REPLICAS = new HashMap<>();
    private static final List<Outcome> OUTCOMES = replay();

    @Test
    void everyDecisionOfIpaOutsideItsQuirks() {
        List<Outcome> plain = OUTCOMES.stream().filter(o -> o.quirk().isEmpty()).toList();
        assertTrue(plain.size() > 80, "vectors: " + plain.size() + " plain events");
        assertAll(plain.stream().map(o -> () -> assertEquals(o.js(), o.java(), o.toString())));
    }

    @Test
    void theCasesAreAllThere() {
        Map<String, Long> kinds = OUTCOMES.stream().collect(Collectors.groupingBy(o -> o.kind() + " " + o.js(), Collectors.counting()));
        for (String kind : List.of("deliver accepted", "deliver refused", "canAppend true", "canAppend false", "append refused")) {
            assertTrue(kinds.getOrDefault(kind, 0L) > 0, "no '" + kind + "' event in " + kinds);
        }
        for (String label : List.of("set carol MODÉRATEUR dave", "set dave MEMBRE gina", "set bob(MEMBRE) MEMBRE eve",
                "set alice DEL MEMBRE bob", "bd frank2", "bd iris1", "sous-bd bob", "sous-bd eve", "set bd-frank frank2 MEMBRE bob")) {
            assertTrue(OUTCOMES.stream().anyMatch(o -> o.label().equals(label)), "no event for " + label);
        }
    }

    @Test
    void refusalsSayWhoWasRefusedAndByWhichController() {
        List<Outcome> refused = OUTCOMES.stream().filter(o -> o.refusal() != null).toList();
        assertTrue(refused.size() > 15);
        assertAll(refused.stream().map(o -> () -> {
            assertEquals(Reason.NOT_ALLOWED, o.refusal().reason(), o.toString());
            String message = o.refusal().getMessage();
            String controller = REPLICAS.get(o.replica()).controllerOf(o.row()[2]).address();
            assertTrue(message.contains(controller), o + ": " + message);
            assertTrue(message.contains(IDS.get(writerOf(o))), o + ": " + message);
        }));
    }

    /**
     * ipa walks {@code next} only until an ancestor by a known moderator, so a replica that gets an
     * access set from its head refuses a grant when an ordinary entry lies between it and the
     * grant that made its writer a moderator; a replica that got the entries live takes it. Java
     * takes it both ways and ends where the live JS replica ends.
     */
    @Test
    void aFreshReplicaTakesFromTheHeadWhatIpaTakesOnlyLive() {
        Outcome fresh = only(o -> o.quirk().equals(WALK_QUIRK) && o.kind().equals("deliver"));
        Outcome live = only(o -> o.kind().equals("deliver") && o.label().equals(fresh.label()) && o.quirk().isEmpty());
        assertEquals("refused", fresh.js());
        assertEquals("accepted", live.js());
        assertEquals("accepted", fresh.java());
        Outcome freshRoles = only(o -> o.quirk().equals(WALK_QUIRK) && o.kind().equals("roles"));
        Outcome liveRoles = OUTCOMES.get(OUTCOMES.indexOf(freshRoles) - 2);
        assertEquals(live.replica(), liveRoles.replica());
        assertEquals(liveRoles.js(), freshRoles.java());
        assertEquals(OUTCOMES.get(OUTCOMES.indexOf(liveRoles) + 1).js(), OUTCOMES.get(OUTCOMES.indexOf(freshRoles) + 1).java());
    }

    /**
     * ipa's access set controller makes moderators while it checks, before the log checks
     * signatures: an entry that claims alice's identity without her signature, reachable through
     * next, made eve a moderator on alice's node although the log refused the entry carrying it,
     * and eve then granted herself MODÉRATEUR and could write. Java refuses all of it.
     */
    @Test
    void aForgedAncestorMakesNobodyModerator() {
        List<Outcome> forged = OUTCOMES.stream().filter(o -> o.quirk().equals(FORGED_QUIRK)).toList();
        assertEquals(List.of("deliver", "deliver", "canAppend", "roles", "grants"), forged.stream().map(Outcome::kind).toList());
        assertEquals(List.of("refused", "accepted", "true"), forged.subList(0, 3).stream().map(Outcome::js).toList());
        assertEquals(List.of("refused", "refused", "false"), forged.subList(0, 3).stream().map(Outcome::java).toList());
        String eve = IDS.get("eve");
        assertEquals(without(forged.get(3).js(), eve), forged.get(3).java());
        assertTrue(forged.get(3).js().contains(eve));
        assertEquals(without(forged.get(4).js(), AccessRole.MODERATOR.label() + ":" + eve), forged.get(4).java());
    }

    /**
     * ipa's controller takes a grant whose fields sit under a {@code "__proto__"} key (the decoder
     * makes that key a prototype, so they are inherited), and so does Java's; JS's log then
     * refuses the entry, whose signature no longer holds once the decoded payload is re-encoded.
     * That refusal belongs to the log, not to the controllers: the Java replay leaves it out.
     */
    @Test
    void aGrantUnderProtoIsTakenByTheControllerAsInIpa() {
        Outcome delivered = only(o -> o.quirk().equals(PROTO_QUIRK));
        assertEquals("refused", delivered.js());
        Outcome probe = only(o -> o.kind().equals("canAppend") && o.label().equals(delivered.label()));
        assertEquals("true", probe.js());
        assertEquals("true", probe.java());
    }

    @Test
    void manifestsAreIpasByteForByte() {
        Map<String, ConstellationControllerManifest> controllers = new LinkedHashMap<>();
        for (String[] row : Vectors.rows(SETUP, "controller")) {
            ConstellationControllerManifest manifest = ConstellationControllerManifest.decode(Vectors.hex(row[3]));
            assertEquals(row[2], manifest.address());
            assertArrayEquals(Vectors.hex(row[3]),
                    ConstellationControllerManifest.create(manifest.write(), manifest.name(), manifest.accessSet()).bytes());
            controllers.put(row[1], manifest);
        }
        for (String[] row : Vectors.rows(SETUP, "access-controller")) {
            AccessSetControllerManifest manifest = AccessSetControllerManifest.decode(Vectors.hex(row[3]));
            assertEquals(row[2], manifest.address());
            assertArrayEquals(Vectors.hex(row[3]), AccessSetControllerManifest.create(manifest.write()).bytes());
        }
        Map<String, Manifest> databases = new HashMap<>();
        Vectors.rows(SETUP, "database").forEach(r -> databases.put(r[1], Manifest.decode(Vectors.hex(r[4]))));
        assertEquals(4, controllers.size(), "bd, bd-frank and two account roots; sous-bd shares bd's");
        for (ConstellationControllerManifest controller : controllers.values()) {
            Manifest accessSet = databases.values().stream().filter(m -> m.address().equals(controller.accessSet()))
                    .findFirst().orElseThrow(() -> new AssertionError("no access set database for " + controller));
            assertEquals(controller.name(), accessSet.name());
            assertEquals(SetDb.TYPE, accessSet.type());
            assertEquals(AccessSetControllerManifest.create(controller.write()).address(), accessSet.accessController());
        }
        ConstellationControllerManifest bd = controllers.get("bd");
        assertEquals(bd.address(), databases.get("bd").accessController());
        assertEquals(bd.address(), databases.get("sous-bd").accessController(), "a sub-database shares its parent's controller");
        assertEquals(databases.get("racine frank").address().toString(), controllers.get("bd-frank").write(),
                "an object's controller names its owner's account");
    }

    @Test
    void grantsAreWrittenAsIpaWritesThem() {
        int checked = 0;
        for (Outcome o : OUTCOMES) {
            if (o.kind().equals("append") && !o.java().equals("refused")) {
                IpldValue payload = DagCbor.decode(Vectors.hex(o.row()[4]));
                boolean onlyRoleAndId = payload.asMap().get("value") instanceof IpldValue.MapValue value && value.size() == 2;
                for (AccessGrant grant : AccessGrant.fromPayload(payload).filter(g -> onlyRoleAndId).stream().toList()) {
                    assertArrayEquals(Vectors.hex(o.row()[4]), DagCbor.encode(grant.toPayload()), o.toString());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 8, checked + " grants");
    }

    private static List<Outcome> replay() {
        for (String[] row : Vectors.rows(SETUP, "identity")) {
            PrivateKey keyA = Keys.privateKeyFromRaw(KeyType.SECP256K1, Vectors.hex(row[2]));
            PrivateKey keyB = Keys.privateKeyFromRaw(KeyType.SECP256K1, Vectors.hex(row[3]));
            LogWriter writer = new LogWriter(OrbitDbIdentity.create(keyA, keyB), keyB);
            assertEquals(row[4], writer.identity().id());
            assertEquals(row[5], writer.identity().hash());
            put(Block.of(Multicodec.DAG_CBOR, Vectors.hex(row[6])));
            IDS.put(row[1], row[4]);
            REPLICAS.put(row[1], new ConstellationReplica(writer, BLOCKS));
        }
        for (String kind : List.of("controller", "access-controller", "database")) {
            Vectors.rows(SETUP, kind).forEach(r -> put(Block.of(Multicodec.DAG_CBOR, Vectors.hex(r[r.length - 1]))));
        }
        for (String[] row : Vectors.rows("constellation-entries.tsv", "entry")) {
            Entry entry = Entry.decode(Vectors.hex(row[3]));
            assertEquals(row[2], entry.hash());
            ENTRIES.put(entry.hash(), entry);
            put(entry.block());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String[] row : Vectors.read(EVENTS)) {
            outcomes.add(replay(row));
        }
        return outcomes;
    }

    private static Outcome replay(String[] row) {
        ConstellationReplica replica = REPLICAS.get(row[1]);
        String database = row[2];
        try {
            switch (row[0]) {
                case "append":
                    return new Outcome(row, row[5], replica.log(database).append(DagCbor.decode(Vectors.hex(row[4]))).hash(), null);
                case "deliver":
                    if (row[row.length - 1].equals(PROTO_QUIRK)) {
                        return new Outcome(row, row[4], "not replayed", null);
                    }
                    return new Outcome(row, row[4], replica.log(database).joinEntry(ENTRIES.get(row[3])) ? "accepted" : "already in the log", null);
                case "canAppend":
                    Entry entry = ENTRIES.get(row[3]);
                    replica.controllerOf(database).authorize(entry, identity(entry));
                    return new Outcome(row, row[4], "true", null);
                case "roles":
                    AccessRoles roles = ((ConstellationController) replica.controllerOf(database)).roles();
                    return new Outcome(row, row[3] + " | " + row[4], String.join(",", roles.moderators()) + " | " + String.join(",", roles.members()), null);
                case "grants":
                    List<String> grants = ((AccessSetController) replica.controllerOf(database)).grants(replica.log(database), database)
                            .stream().map(g -> g.role().label() + ":" + g.id()).sorted().toList();
                    return new Outcome(row, row[3], String.join(",", grants), null);
                default:
                    throw new IllegalStateException("unknown event " + Arrays.toString(row));
            }
        } catch (EntryRefusedException e) {
            return new Outcome(row, row[0].equals("canAppend") ? row[4] : row[row[0].equals("append") ? 5 : 4],
                    row[0].equals("canAppend") ? "false" : "refused", e);
        }
    }

    private static String writerOf(Outcome o) {
        if (o.kind().equals("append")) {
            return o.replica();
        }
        String id = identity(ENTRIES.get(o.row()[3])).id();
        return IDS.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
    }

    private static OrbitDbIdentity identity(Entry entry) {
        try {
            return OrbitDbIdentity.decode(BLOCKS.get(OrbitDbIdentity.parseHash(entry.identity())).orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Outcome only(Predicate<Outcome> which) {
        List<Outcome> found = OUTCOMES.stream().filter(which).toList();
        assertEquals(1, found.size(), "events found: " + found);
        return found.get(0);
    }

    /** A comma-separated list (one side of "moderators | members", or grants) without one value. */
    private static String without(String lists, String value) {
        return Arrays.stream(lists.split(" \\| ", -1))
                .map(list -> Arrays.stream(list.split(",")).filter(v -> !v.equals(value)).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" | "));
    }

    private static void put(Block block) {
        try {
            BLOCKS.put(block.cid(), block.bytes());
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
