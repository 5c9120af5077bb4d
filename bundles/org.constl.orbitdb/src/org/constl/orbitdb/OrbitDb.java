package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.internal.Hashes;
import org.constl.storage.BlockStore;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;

/**
 * The databases of one local store, written as one identity ({@code orbitdb.js}): creates them,
 * opens them by name or address, and lists those the store holds. A database is open at most once
 * at a time; closing this closes them, not the store. Calls hold the store's monitor, as
 * {@link Database}'s do.
 *
 * <p>Who opens a database with {@link #open} or {@link #create} may use it until someone closes it,
 * as in JS: those users are not counted, since most never close what they open. Who needs a
 * database for a while only (the texts of a cell on screen, among thousands) takes a
 * {@link #lease}: it is counted here, the one place that sees every user of a database, and the
 * database closes with the last lease unless it was opened the other way too.
 */
public final class OrbitDb implements AutoCloseable {

    /** Datastore namespace of the databases this store holds, by address. */
    private static final String DATABASES = "orbitdb databases";
    private static final int MAX_LISTED = 1_000_000;

    private final LocalStore store;
    private final LogWriter writer;
    private final Map<String, AccessControllerType> accessTypes = new LinkedHashMap<>();
    private final Map<String, Opened> open = new HashMap<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "orbitdb-updates");
        thread.setDaemon(true);
        return thread;
    });
    private boolean closed;

    /**
     * Databases in {@code store}, written by {@code writer} (null for a read-only peer), with the
     * {@code ipfs} and Constellation access controllers and the given other ones.
     */
    public OrbitDb(LocalStore store, LogWriter writer, Collection<AccessControllerType> accessTypes) {
        this.store = store;
        this.writer = writer;
        register(new IpfsAccessController.Type());
        ConstellationAccessTypes.all().forEach(this::register);
        accessTypes.forEach(this::register);
    }

    public LocalStore store() {
        return store;
    }

    public BlockStore blocks() {
        return store.blocks();
    }

    public Optional<LogWriter> writer() {
        return Optional.ofNullable(writer);
    }

    /**
     * Opens a database as JS {@code orbitdb.open} does: an address opens that database (its
     * manifest must be in the store); a name creates (or reopens, the address being the same)
     * the database of {@code type} that only this identity may write.
     */
    public Database open(String nameOrAddress, String type) throws StoreException {
        if (OrbitDbAddress.isValid(nameOrAddress)) {
            return open(OrbitDbAddress.parse(nameOrAddress));
        }
        return create(nameOrAddress, type, IpfsAccessController.TYPE, List.of(requireWriter().identity().id()), Optional.empty());
    }

    /**
     * Creates (or reopens) the database with this manifest: name, type, controller and meta. The
     * controller, the manifest and the database's listing are one transaction.
     */
    public Database create(String name, String type, String accessType, List<String> write,
            Optional<IpldValue> meta) throws StoreException {
        AccessControllerType controllers = accessType(accessType);
        synchronized (store) {
            requireOpen();
            return store.transaction(() -> {
                AccessController access = controllers.create(this, name, write);
                Manifest manifest = Manifest.create(name, type, access.address(), meta);
                store.blocks().put(manifest.block().cid(), manifest.bytes());
                return openDatabase(manifest.address()).hold();
            });
        }
    }

    /** Opens the database at {@code address}, whose manifest must be in the store. */
    public Database open(OrbitDbAddress address) throws StoreException {
        synchronized (store) {
            requireOpen();
            return openDatabase(address).hold();
        }
    }

    /**
     * Opens the database at {@code address} (its manifest must be in the store) until the lease is
     * closed: then it closes, unless other leases or users of {@link #open} still have it.
     */
    public DatabaseLease lease(OrbitDbAddress address) throws StoreException {
        synchronized (store) {
            requireOpen();
            Opened opened = openDatabase(address);
            opened.leases++;
            return new DatabaseLease(opened.database, () -> release(opened));
        }
    }

    /** The number of databases open now. */
    int openCount() {
        synchronized (store) {
            return open.size();
        }
    }

    private Opened openDatabase(OrbitDbAddress address) throws StoreException {
        Opened opened = open.get(address.toString());
        if (opened != null) {
            return opened;
        }
        Manifest manifest = manifest(address)
                .orElseThrow(() -> new OrbitDbException("database " + address + ": its manifest is not in the local store"));
        AccessController access = accessType(manifest.accessControllerType()).open(this, manifest.accessController());
        Database database = store.transaction(() -> {
            store.datastore().put(DATABASES, address.toString(), new byte[0]);
            store.pins().pin(manifest.block().cid(), address + Database.META_PINS, false);
            store.pins().pin(controllerCid(manifest.accessController()), address + Database.META_PINS, false);
            return new Database(store, manifest, access, writer, notifier, this::closed);
        });
        opened = new Opened(database);
        open.put(address.toString(), opened);
        return opened;
    }

    private void release(Opened opened) {
        synchronized (store) {
            opened.leases--;
            if (opened.leases == 0 && !opened.held) {
                opened.database.close();
            }
        }
    }

    /**
     * The ids an account (the address of its root database) stands for in Constellation access
     * lists; empty when its root database is not in the store or has no Constellation controller.
     */
    public List<String> accountWriters(OrbitDbAddress account) {
        try {
            if (manifest(account).isEmpty()) {
                return List.of();
            }
            return open(account).accessController() instanceof ConstellationController root ? root.accountWriters() : List.of();
        } catch (StoreException e) {
            throw new OrbitDbException("account " + account + ": " + e.getMessage(), e);
        }
    }

    /** The manifest of a database whose blocks are in the store, or empty. */
    public Optional<Manifest> manifest(OrbitDbAddress address) {
        return Hashes.fetch(store.blocks(), address.hash(), Manifest.MAX_BYTES).map(Manifest::decode);
    }

    /** The manifests of the databases the store holds, by address. */
    public List<Manifest> databases() throws StoreException {
        List<Manifest> manifests = new ArrayList<>();
        for (Map.Entry<String, byte[]> item : store.datastore().entries(DATABASES, null, MAX_LISTED)) {
            manifest(OrbitDbAddress.parse(item.getKey())).ifPresent(manifests::add);
        }
        return manifests;
    }

    @Override
    public void close() {
        synchronized (store) {
            if (closed) {
                return;
            }
            closed = true;
            new ArrayList<>(open.values()).forEach(opened -> opened.database.close());
        }
        notifier.shutdown();
    }

    private void closed(Database database) {
        synchronized (store) {
            open.remove(database.address().toString());
        }
    }

    /** An open database and who keeps it open; guarded by the store's monitor. */
    private static final class Opened {
        final Database database;
        /** Whether {@link OrbitDb#open} or {@link OrbitDb#create} returned it: then only {@link Database#close} closes it. */
        boolean held;
        int leases;

        Opened(Database database) {
            this.database = database;
        }

        Database hold() {
            held = true;
            return database;
        }
    }

    private void register(AccessControllerType type) {
        accessTypes.put(type.type(), type);
    }

    private AccessControllerType accessType(String type) {
        AccessControllerType found = accessTypes.get(type);
        if (found == null) {
            throw new OrbitDbException("unknown access controller type '" + type + "'; known: " + accessTypes.keySet());
        }
        return found;
    }

    /** The manifest block of a controller address {@code /<type>/<cid>}. */
    private static Cid controllerCid(String address) {
        String[] parts = address.split("/");
        try {
            return Cid.parse(parts[parts.length - 1]);
        } catch (IpldException e) {
            throw new OrbitDbException("access controller address " + address + ": " + e.getMessage(), e);
        }
    }

    private LogWriter requireWriter() {
        if (writer == null) {
            throw new OrbitDbException("this peer has no identity: it cannot create databases");
        }
        return writer;
    }

    private void requireOpen() {
        if (closed) {
            throw new OrbitDbException("this OrbitDB instance is closed");
        }
    }
}
