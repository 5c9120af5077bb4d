package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.constl.ipld.IpldValue;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leased databases (what a table's translatable cells are read through): open while leased, closed
 * with their last lease, and never closed under another user, leased or not.
 */
class DatabaseLeaseTest {

    private static final LogWriter ALICE = Vectors.writers().get("alice");

    @TempDir
    Path folder;

    private DataFolder dataFolder;
    private LocalStore store;
    private OrbitDb orbitDb;

    @BeforeEach
    void openStore() throws Exception {
        dataFolder = DataFolder.open(folder);
        store = LocalStore.open(dataFolder);
        orbitDb = new OrbitDb(store, ALICE, List.of());
    }

    @AfterEach
    void closeStore() {
        orbitDb.close();
        store.close();
        dataFolder.close();
    }

    /** Keyvalue databases each holding {@code "fr": "texte <i>"}, none of them open when this returns. */
    private List<OrbitDbAddress> databases(int count) throws Exception {
        List<OrbitDbAddress> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Database database = orbitDb.open("cell " + i, KeyValue.TYPE);
            new KeyValue(database).put("fr", IpldValue.of("texte " + i));
            addresses.add(database.address());
        }
        orbitDb.close();
        orbitDb = new OrbitDb(store, ALICE, List.of());
        assertEquals(0, orbitDb.openCount());
        return addresses;
    }

    @Test
    void scrollingThroughManyDatabasesKeepsOnlyTheLeasedOnesOpen() throws Exception {
        int shown = 20;
        List<OrbitDbAddress> cells = databases(300);
        Deque<DatabaseLease> onScreen = new ArrayDeque<>();
        int most = 0;
        for (int i = 0; i < cells.size(); i++) {
            DatabaseLease lease = orbitDb.lease(cells.get(i));
            assertEquals(Optional.of(IpldValue.of("texte " + i)), new KeyValue(lease.database()).get("fr"));
            onScreen.addLast(lease);
            if (onScreen.size() > shown) {
                onScreen.removeFirst().close();
            }
            most = Math.max(most, orbitDb.openCount());
        }
        assertEquals(shown, most, "as many open as leased, however many were read");
        onScreen.forEach(DatabaseLease::close);
        assertEquals(0, orbitDb.openCount());
    }

    @Test
    void theLastLeaseClosesTheDatabaseAndEachLeaseCountsOnce() throws Exception {
        OrbitDbAddress cell = databases(1).get(0);
        DatabaseLease first = orbitDb.lease(cell);
        DatabaseLease second = orbitDb.lease(cell);
        Database database = first.database();
        assertSame(database, second.database(), "one database, however many leases");
        LinkedBlockingQueue<DatabaseUpdate> heard = new LinkedBlockingQueue<>();
        database.subscribe(heard::add);

        second.close();
        second.close();
        assertEquals(1, orbitDb.openCount(), "the first lease still has it");
        new KeyValue(database).put("en", IpldValue.of("text"));
        DatabaseUpdate update = heard.poll(10, TimeUnit.SECONDS);
        assertNotNull(update, "the first lease's subscription still hears changes");
        assertEquals(1, update.entries().size());

        first.close();
        assertEquals(0, orbitDb.openCount());
        assertThrows(OrbitDbException.class, () -> new KeyValue(database).put("es", IpldValue.of("texto")),
                "closed with its last lease");
        try (DatabaseLease again = orbitDb.lease(cell)) {
            assertNotSame(database, again.database());
            assertEquals(Optional.of(IpldValue.of("text")), new KeyValue(again.database()).get("en"), "and kept in the store");
        }
    }

    @Test
    void aDatabaseOpenedElsewhereStaysOpenAfterItsLeases() throws Exception {
        OrbitDbAddress cell = databases(1).get(0);
        DatabaseLease before = orbitDb.lease(cell);
        Database properties = orbitDb.open(cell);
        assertSame(properties, before.database());
        LinkedBlockingQueue<DatabaseUpdate> heard = new LinkedBlockingQueue<>();
        properties.subscribe(heard::add);
        before.close();
        try (DatabaseLease shown = orbitDb.lease(cell)) {
            assertSame(properties, shown.database());
            assertEquals(Optional.of(IpldValue.of("texte 0")), new KeyValue(shown.database()).get("fr"));
        }

        assertEquals(1, orbitDb.openCount(), "who opened it may use it until it is closed");
        new KeyValue(properties).put("en", IpldValue.of("text"));
        assertNotNull(heard.poll(10, TimeUnit.SECONDS), "its subscription still hears changes");
        assertEquals(Optional.of(IpldValue.of("text")), new KeyValue(properties).get("en"));
    }

    @Test
    void closingADatabaseClosesItForItsLeasesTooAndTheirReleaseLeavesItsNextOpeningAlone() throws Exception {
        OrbitDbAddress cell = databases(1).get(0);
        DatabaseLease lease = orbitDb.lease(cell);
        lease.database().close();
        assertEquals(0, orbitDb.openCount(), "closed for everyone, as JS's close");
        try (DatabaseLease reopened = orbitDb.lease(cell)) {
            lease.close();
            assertEquals(1, orbitDb.openCount(), "an old lease does not close the database opened again");
            new KeyValue(reopened.database()).put("en", IpldValue.of("text"));
        }
    }
}
