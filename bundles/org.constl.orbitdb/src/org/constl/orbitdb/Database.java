package org.constl.orbitdb;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.constl.ipld.IpldValue;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.internal.Hashes;
import org.constl.orbitdb.internal.Traversal;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;

/**
 * An open database ({@code database.js}): its manifest, access controller and oplog, kept in the
 * local store. Each append and each join is one store transaction (entry blocks, their pins, the
 * heads, the key index), so a change is durable when the call returns and a failed change leaves
 * nothing behind, in the store or in memory. Listeners hear of each change once it is durable.
 * Thread-safe; obtained from {@link OrbitDb}. Every call holds the store's monitor (see
 * {@link LocalStore}) before the log's, the one lock order of all databases of a store, since
 * checking an entry may read other databases (an account's access set).
 */
public final class Database implements Oplog, AutoCloseable {

    /**
     * Pin owner suffix for a database's other blocks (manifests, identities): their owner is the
     * database's address followed by it.
     */
    public static final String META_PINS = "/meta";

    private final LocalStore store;
    private final Manifest manifest;
    private final AccessController access;
    private final Log log;
    private final StoredKeyIndex keyIndex;
    private final Executor notifier;
    private final Consumer<Database> onClose;
    private final List<Consumer<DatabaseUpdate>> listeners = new CopyOnWriteArrayList<>();
    /** Identity blocks already pinned for this database. */
    private final Set<String> pinnedIdentities = new HashSet<>();
    private boolean closed;

    Database(LocalStore store, Manifest manifest, AccessController access, LogWriter writer, Executor notifier,
            Consumer<Database> onClose) throws StoreException {
        this.store = store;
        this.manifest = manifest;
        this.access = access;
        this.notifier = notifier;
        this.onClose = onClose;
        String address = manifest.address().toString();
        this.keyIndex = KeyValue.TYPE.equals(manifest.type()) ? new StoredKeyIndex(store.datastore(), address) : null;
        this.log = new Log(address, access, store.blocks(), writer, new PinnedEntries(store.pins(), address));
        log.resetHeads(storedHeads());
        if (writer != null) {
            pinIdentity(writer.identity().hash());
        }
    }

    public OrbitDbAddress address() {
        return manifest.address();
    }

    public String name() {
        return manifest.name();
    }

    public String type() {
        return manifest.type();
    }

    public Manifest manifest() {
        return manifest;
    }

    public AccessController accessController() {
        return access;
    }

    /** The heads, newest first. */
    @Override
    public List<Entry> heads() {
        synchronized (store) {
            return log.heads();
        }
    }

    /** The number of entries. */
    public long size() {
        synchronized (store) {
            return log.size();
        }
    }

    public boolean has(String hash) {
        synchronized (store) {
            return log.has(hash);
        }
    }

    @Override
    public Optional<Entry> get(String hash) {
        synchronized (store) {
            return log.get(hash);
        }
    }

    /** Entries newest first, read lazily, each read under the store's monitor. */
    @Override
    public Stream<Entry> traverse() {
        Iterator<Entry> walk = new Traversal(heads(), this::get);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public List<Entry> values() {
        List<Entry> values = new ArrayList<>(traverse().toList());
        Collections.reverse(values);
        return values;
    }

    @Override
    public Optional<KeyIndex> keyIndex() {
        return Optional.ofNullable(keyIndex);
    }

    /**
     * Appends a signed entry; it is in the store when this returns.
     *
     * @throws DatabaseWriteException when the store cannot keep it (disk full, read-only...):
     *     then the database is as it was before the call
     * @throws EntryRefusedException when the access controller does not let this identity write
     */
    @Override
    public Entry append(IpldValue payload) {
        Entry entry;
        synchronized (store) {
            requireOpen();
            entry = write(() -> {
                Entry appended = log.append(payload);
                persist(List.of(appended));
                return appended;
            });
        }
        notify(List.of(entry), true);
        return entry;
    }

    /**
     * Appends the entries in one transaction: one disk sync for all of them, so a batch (a paste,
     * an import) is durable together, or not at all.
     *
     * @throws DatabaseWriteException when the store cannot keep them: none is kept
     */
    @Override
    public List<Entry> appendAll(List<IpldValue> payloads) {
        List<Entry> entries;
        synchronized (store) {
            requireOpen();
            entries = write(() -> {
                List<Entry> appended = log.appendAll(payloads, this::indexKey);
                persistHeads(appended);
                return appended;
            });
        }
        if (!entries.isEmpty()) {
            notify(entries, true);
        }
        return entries;
    }

    /**
     * Joins an entry from elsewhere and the history it needs, after verifying each of them; the
     * missing entries are read from the store, then from {@code extra} (may be null). Returns the
     * entries added, none when the entry was already there.
     *
     * @throws EntryRefusedException when an entry is refused: nothing is added
     * @throws DatabaseWriteException when the store cannot keep them: nothing is added
     */
    public List<Entry> join(Entry entry, BlockSource extra) {
        List<Entry> added;
        synchronized (store) {
            requireOpen();
            added = write(() -> {
                List<Entry> joined = log.add(entry, extra);
                persist(joined);
                return joined;
            });
        }
        if (!added.isEmpty()) {
            notify(added, false);
        }
        return added;
    }

    /** Calls {@code listener} after each change, on the notifier thread; close the result to stop. */
    public AutoCloseable subscribe(Consumer<DatabaseUpdate> listener) {
        Objects.requireNonNull(listener);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Closes this database; the store keeps it, and {@link OrbitDb#open} opens it again. */
    @Override
    public void close() {
        synchronized (store) {
            if (closed) {
                return;
            }
            closed = true;
        }
        listeners.clear();
        onClose.accept(this);
    }

    @Override
    public String toString() {
        return "Database[" + address() + ", " + type() + ", " + name() + "]";
    }

    /** Pins the entries' writers' identities, saves the heads and updates the key index. */
    private void persist(List<Entry> added) throws StoreException {
        persistHeads(added);
        if (keyIndex != null) {
            keyIndex.apply(added);
        }
    }

    /** Pins the entries' writers' identities and saves the heads. */
    private void persistHeads(List<Entry> added) throws StoreException {
        for (Entry entry : added) {
            pinIdentity(entry.identity());
        }
        store.heads().set(address().toString(), log.heads().stream().map(e -> e.block().cid()).toList());
    }

    /** Indexes one appended entry's key, as soon as it is stored. */
    private void indexKey(Entry entry) {
        if (keyIndex != null) {
            try {
                keyIndex.apply(List.of(entry));
            } catch (StoreException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void pinIdentity(String identityHash) throws StoreException {
        if (!pinnedIdentities.contains(identityHash)) {
            store.pins().pin(Hashes.parse(identityHash), address() + META_PINS, false);
            pinnedIdentities.add(identityHash);
        }
    }

    /**
     * Runs a change in one store transaction; when it fails, the log's heads go back to the stored
     * ones (the store rolled back, the log in memory must too).
     */
    private <T> T write(LocalStore.Work<T> change) {
        Set<String> identitiesBefore = new HashSet<>(pinnedIdentities);
        try {
            return store.transaction(change);
        } catch (StoreException | RuntimeException e) {
            pinnedIdentities.retainAll(identitiesBefore);
            try {
                log.resetHeads(storedHeads());
            } catch (StoreException | RuntimeException resetFailed) {
                e.addSuppressed(resetFailed);
            }
            if (e instanceof EntryRefusedException refused) {
                throw refused;
            }
            StoreException cause = storeCause(e);
            if (cause != null) {
                throw new DatabaseWriteException(address(), cause);
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private static StoreException storeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException store) {
                return store;
            }
        }
        return null;
    }

    private List<String> storedHeads() throws StoreException {
        return store.heads().get(address().toString()).stream().map(Hashes::of).toList();
    }

    private void notify(List<Entry> entries, boolean local) {
        if (listeners.isEmpty()) {
            return;
        }
        DatabaseUpdate update = new DatabaseUpdate(this, entries, local);
        notifier.execute(() -> listeners.forEach(listener -> listener.accept(update)));
    }

    private void requireOpen() {
        if (closed) {
            throw new OrbitDbException("database " + address() + " is closed");
        }
    }

    /** The log's entries are the blocks this database pins under its address. */
    private static final class PinnedEntries implements EntrySet {
        private final org.constl.storage.Pins pins;
        private final String owner;

        PinnedEntries(org.constl.storage.Pins pins, String owner) {
            this.pins = pins;
            this.owner = owner;
        }

        @Override
        public boolean contains(String hash) {
            try {
                return pins.isPinned(Hashes.parse(hash), owner);
            } catch (StoreException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void addAll(Collection<Entry> entries) {
            try {
                for (Entry entry : entries) {
                    pins.pin(entry.block().cid(), owner, false);
                }
            } catch (StoreException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long size() {
            try {
                return pins.count(owner);
            } catch (StoreException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
