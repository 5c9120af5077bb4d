package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.constl.ipld.IpldValue;
import org.constl.storage.BlockStore;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases whose writers Constellation's controller decides, created and opened through
 * {@link OrbitDb}: the access set is a database of the store, grants made there let devices
 * write, a sub-database created with the controller's address shares it, and all of it is read
 * back after reopening. (The controllers' decisions themselves are checked against ipa's in
 * {@link ConstellationVectorsTest}.)
 */
class ConstellationDatabaseTest {

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

    private <T extends AutoCloseable> T keep(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private static String id(String writer) {
        return WRITERS.get(writer).identity().id();
    }

    /** An entry {@code writer} signs for {@code db} on a node of its own, whose blocks are returned. */
    private static Entry signedElsewhere(Database db, String writer, BlockStore blocks, IpldValue payload) {
        AccessController anyone = IpfsAccessController.create(List.of(IpfsAccessController.ANYONE));
        return new Log(db.address().toString(), anyone, blocks, WRITERS.get(writer)).append(payload);
    }

    @Test
    void grantsInTheAccessSetLetDevicesWriteTheDatabaseAndItsSubDatabases() throws Exception {
        LocalStore store = keep(LocalStore.open(keep(DataFolder.open(temp))));
        OrbitDb alice = keep(new OrbitDb(store, WRITERS.get("alice"), List.of()));
        Database root = alice.create("racine", KeyValue.TYPE, ConstellationControllerManifest.TYPE, List.of(id("alice")),
                Optional.empty());
        ConstellationController controller = (ConstellationController) root.accessController();
        assertTrue(controller.address().startsWith("/contrôleur-constellation/"), controller.address());
        new KeyValue(root).put("nom", IpldValue.of("Alice"));

        BlockStore bobBlocks = BlockStore.memory();
        Entry early = signedElsewhere(root, "bob", bobBlocks, KeyValue.putPayload("nom", IpldValue.of("Bob")));
        EntryRefusedException refused = assertThrows(EntryRefusedException.class, () -> root.join(early, bobBlocks));
        assertEquals(EntryRefusedException.Reason.NOT_ALLOWED, refused.reason());
        assertTrue(refused.getMessage().contains(id("bob")), refused.getMessage());

        Database accessSet = alice.open(controller.manifest().accessSet());
        assertEquals(SetDb.TYPE, accessSet.type());
        accessSet.append(new AccessGrant(AccessRole.MEMBER, id("bob")).toPayload());
        assertTrue(controller.roles().allows(id("bob")));
        assertEquals(List.of(early), root.join(early, bobBlocks));

        Database sub = alice.create("données", KeyValue.TYPE, ConstellationControllerManifest.TYPE,
                List.of(controller.address()), Optional.empty());
        assertEquals(controller.address(), sub.accessController().address(), "the sub-database shares the controller");
        Entry bobInSub = signedElsewhere(sub, "bob", bobBlocks, KeyValue.putPayload("ligne", IpldValue.of(1)));
        assertEquals(List.of(bobInSub), sub.join(bobInSub, bobBlocks));
        Entry carolInSub = signedElsewhere(sub, "carol", bobBlocks, KeyValue.putPayload("ligne", IpldValue.of(2)));
        assertEquals(EntryRefusedException.Reason.NOT_ALLOWED,
                assertThrows(EntryRefusedException.class, () -> sub.join(carolInSub, bobBlocks)).reason());

        alice.close();
        OrbitDb again = keep(new OrbitDb(store, WRITERS.get("alice"), List.of()));
        Database reopened = again.open(root.address());
        assertTrue(((ConstellationController) reopened.accessController()).roles().allows(id("bob")));
        assertEquals(Optional.of(IpldValue.of("Bob")), new KeyValue(reopened).get("nom"));
        assertEquals(Optional.of(IpldValue.of(1)), new KeyValue(again.open(sub.address())).get("ligne"));
    }
}
