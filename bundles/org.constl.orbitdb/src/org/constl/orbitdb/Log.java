package org.constl.orbitdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldValue;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.orbitdb.internal.EntryVerifier;
import org.constl.orbitdb.internal.Hashes;
import org.constl.orbitdb.internal.Traversal;
import org.constl.storage.BlockStore;

/**
 * An OrbitDB oplog ({@code @orbitdb/core} 2.5 {@code log.js}): a Merkle-DAG of signed entries
 * with Lamport clocks, its heads, and join as a CRDT. Appends and joins behave as in JS, so the
 * same operations give the same entries, byte for byte, and the same order. Every entry that
 * joins is verified first; a refused join changes nothing in the log. Thread-safe.
 */
public final class Log implements Oplog {

    public static final int DEFAULT_REFERENCES_COUNT = 16;
    private static final int ENTRY_CACHE_SIZE = 1000;
    /** Batches from this size on are signed on a second thread: below it, handing over costs more than it saves. */
    private static final int PIPELINED_BATCH = 4;

    private final String id;
    private final BlockStore blocks;
    private final LogWriter writer;
    private final EntryVerifier verifier;
    /** Every entry in the log ({@code _index}). */
    private final EntrySet index;
    /** The heads in insertion order, as OrbitDB's heads storage keeps them. */
    private final Map<String, Entry> heads = new LinkedHashMap<>();
    private final Map<String, Entry> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, org.constl.orbitdb.Entry> eldest) {
            return size() > ENTRY_CACHE_SIZE;
        }
    };

    /**
     * An empty log. {@code writer} may be null for a log that only joins; when given, its identity
     * block is stored in {@code blocks} so that verifiers find it.
     */
    public Log(String id, AccessController access, BlockStore blocks, LogWriter writer) {
        this(id, access, blocks, writer, EntrySet.memory());
    }

    /** A log whose entries are those of {@code index}; its heads are set with {@link #resetHeads}. */
    Log(String id, AccessController access, BlockStore blocks, LogWriter writer, EntrySet index) {
        this.id = Objects.requireNonNull(id);
        this.index = Objects.requireNonNull(index);
        this.blocks = Objects.requireNonNull(blocks);
        this.writer = writer;
        this.verifier = new EntryVerifier(id, Objects.requireNonNull(access), blocks);
        if (writer != null) {
            store(writer.identity().cid(), writer.identity().bytes());
        }
    }

    /**
     * Reopens a log from its head hashes: the entries reachable from them are read from
     * {@code blocks} (they were verified when they joined).
     */
    public static Log open(String id, AccessController access, BlockStore blocks, LogWriter writer, Collection<String> headHashes) {
        Log log = new Log(id, access, blocks, writer);
        List<Entry> roots = new ArrayList<>();
        for (String hash : headHashes) {
            Entry head = log.get(hash).orElseThrow(() -> new OrbitDbException("log: head " + hash + " not found"));
            roots.add(head);
            log.heads.put(hash, head);
        }
        List<Entry> all = new ArrayList<>();
        new Traversal(roots, log::get).forEachRemaining(all::add);
        log.index.addAll(all);
        return log;
    }

    /** Replaces the heads by the entries under {@code headHashes}, which must be in the log. */
    synchronized void resetHeads(Collection<String> headHashes) {
        heads.clear();
        for (String hash : headHashes) {
            heads.put(hash, get(hash).orElseThrow(() -> new OrbitDbException("log " + id + ": head " + hash + " not found")));
        }
    }

    public String id() {
        return id;
    }

    /** The heads, newest first ({@code log.heads()}). */
    @Override
    public synchronized List<Entry> heads() {
        List<Entry> sorted = new ArrayList<>(heads.values());
        sorted.sort(Entry.LAST_WRITE_WINS);
        Collections.reverse(sorted);
        return sorted;
    }

    /** The writer's clock at the latest head time ({@code log.clock()}). */
    public synchronized Clock clock() {
        return latestClock(requireWriter(), heads.values());
    }

    private static Clock latestClock(LogWriter writer, Collection<Entry> heads) {
        long time = heads.stream().mapToLong(e -> e.clock().time()).max().orElse(0);
        return new Clock(writer.identity().publicKey(), time);
    }

    public synchronized boolean has(String hash) {
        return index.contains(hash);
    }

    /** The entry stored under {@code hash} (in the log or not), or empty. */
    @Override
    public synchronized Optional<Entry> get(String hash) {
        Entry cached = cache.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Entry> entry = fetch(blocks, hash);
        entry.ifPresent(e -> cache.put(hash, e));
        return entry;
    }

    /** Appends with {@link #DEFAULT_REFERENCES_COUNT} refs, as a database does. */
    @Override
    public Entry append(IpldValue payload) {
        return append(payload, DEFAULT_REFERENCES_COUNT);
    }

    /**
     * Appends a signed entry after the current heads ({@code log.append}): next = the heads,
     * refs = up to {@code referencesCount} older entries in traversal order, clock ticked.
     */
    public synchronized Entry append(IpldValue payload, int referencesCount) {
        LogWriter w = requireWriter();
        if (referencesCount < 0) {
            throw new OrbitDbException("log: negative references count " + referencesCount);
        }
        List<Entry> currentHeads = heads();
        Entry entry = createAfter(w, id, payload, currentHeads, references(currentHeads, referencesCount, this::get));
        keep(entry);
        return entry;
    }

    @Override
    public List<Entry> appendAll(List<IpldValue> payloads) {
        return appendAll(payloads, entry -> {
        });
    }

    /**
     * Appends one entry per payload, as {@link #append(IpldValue)} would one after the other, and
     * calls {@code alsoKeep} with each entry once it is stored. The entries are signed on a second
     * thread while the caller stores the previous ones (see {@link ChainSigner}).
     */
    synchronized List<Entry> appendAll(List<IpldValue> payloads, Consumer<Entry> alsoKeep) {
        List<Entry> appended = new ArrayList<>(payloads.size());
        if (payloads.size() < PIPELINED_BATCH) {
            for (IpldValue payload : payloads) {
                appended.add(append(payload));
                alsoKeep.accept(appended.getLast());
            }
            return appended;
        }
        List<Entry> currentHeads = heads();
        Map<String, Entry> reached = new HashMap<>();
        currentHeads.forEach(head -> reached.put(head.hash(), head));
        references(currentHeads, DEFAULT_REFERENCES_COUNT, hash -> {
            Optional<Entry> entry = get(hash);
            entry.ifPresent(e -> reached.put(hash, e));
            return entry;
        });
        try (ChainSigner signer = new ChainSigner(requireWriter(), id, currentHeads, reached, payloads, DEFAULT_REFERENCES_COUNT)) {
            while (appended.size() < payloads.size()) {
                ChainSigner.Step step = signer.next();
                if (step instanceof ChainSigner.Failed failed) {
                    throw failed.failure();
                }
                if (!(step instanceof ChainSigner.Signed signed)) {
                    break;
                }
                keep(signed.entry());
                appended.add(signed.entry());
                alsoKeep.accept(signed.entry());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrbitDbException("log " + id + ": interrupted while appending");
        }
        for (IpldValue payload : payloads.subList(appended.size(), payloads.size())) {
            appended.add(append(payload));
            alsoKeep.accept(appended.getLast());
        }
        return appended;
    }

    /**
     * The writer's next entry after {@code heads} (newest first), with the references {@code refs}
     * ({@link #references}): what {@code log.append} signs.
     */
    static Entry createAfter(LogWriter writer, String logId, IpldValue payload, List<Entry> heads, List<String> refs) {
        List<String> next = heads.stream().map(Entry::hash).toList();
        return Entry.create(writer.identity(), writer.signingKey(), logId, payload, latestClock(writer, heads).tick(), next, refs);
    }

    /** Checks the writer may append {@code entry}, made after the current heads, and makes it the head. */
    private void keep(Entry entry) {
        verifier.authorize(entry);
        store(entry.block().cid(), entry.bytes());
        index.addAll(List.of(entry));
        heads.clear();
        heads.put(entry.hash(), entry);
        cache.put(entry.hash(), entry);
    }

    /** Joins the heads of {@code other}, reading missing entries from its blocks too ({@code log.join}). */
    public void join(Log other) {
        if (other == this) {
            return;
        }
        for (Entry head : other.heads()) {
            joinEntry(head, other.blocks);
        }
    }

    /** Joins an entry and its missing history, read from this log's blocks. */
    public boolean joinEntry(Entry entry) {
        return joinEntry(entry, null);
    }

    /** {@link #joinEntry(Entry, BlockSource)}, returning whether the entry was new. */
    public boolean joinEntry(Entry entry, BlockSource extra) {
        return !add(entry, extra).isEmpty();
    }

    /**
     * Joins an entry ({@code log.joinEntry}): verifies it and every entry it reaches that is not
     * in the log yet (fetched from this log's blocks, then from {@code extra}), then makes it a
     * head. Returns the entries added to the log, the joined one first; none when it was already
     * in the log.
     *
     * @throws EntryRefusedException when any of those entries is refused or cannot be fetched
     */
    synchronized List<Entry> add(Entry entry, BlockSource extra) {
        if (index.contains(entry.hash())) {
            return List.of();
        }
        copyIdentity(entry, extra);
        verifier.verify(entry);
        Set<String> headHashes = new HashSet<>(heads.keySet());
        Set<String> toAdd = new LinkedHashSet<>(List.of(entry.hash()));
        List<Entry> added = new ArrayList<>(List.of(entry));
        Set<String> toGet = new LinkedHashSet<>(entry.next());
        toGet.addAll(entry.refs());
        Set<String> connectedHeads = new LinkedHashSet<>();
        while (!toGet.isEmpty()) {
            List<Entry> batch = new ArrayList<>(toGet.size());
            for (String hash : toGet) {
                batch.add(fetchForJoin(hash, extra, entry));
            }
            for (Entry e : batch) {
                toGet.remove(e.hash());
                if (!index.contains(e.hash())) {
                    copyIdentity(e, extra);
                    verifier.verify(e);
                    store(e.block().cid(), e.bytes());
                    if (toAdd.add(e.hash())) {
                        added.add(e);
                    }
                }
                for (String hash : e.next()) {
                    visitParent(hash, toAdd, toGet, headHashes, connectedHeads);
                }
                for (String hash : e.refs()) {
                    visitParent(hash, toAdd, toGet, headHashes, connectedHeads);
                }
            }
        }
        store(entry.block().cid(), entry.bytes());
        index.addAll(added);
        connectedHeads.forEach(heads::remove);
        cache.put(entry.hash(), entry);
        addHead(entry);
        return added;
    }

    /** Entries newest first, in OrbitDB's traversal order, read lazily ({@code log.traverse()}). */
    @Override
    public Stream<Entry> traverse() {
        Iterator<Entry> walk = new Traversal(heads(), this::get);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** All entries, oldest first ({@code log.values()}). */
    @Override
    public List<Entry> values() {
        List<Entry> values = new ArrayList<>(traverse().toList());
        Collections.reverse(values);
        return values;
    }

    /** Number of entries in the log. */
    public synchronized long size() {
        return index.size();
    }

    private void visitParent(String hash, Set<String> toAdd, Set<String> toGet, Set<String> headHashes, Set<String> connectedHeads) {
        if (!index.contains(hash) && !toAdd.contains(hash)) {
            toGet.add(hash);
        } else if (headHashes.contains(hash)) {
            connectedHeads.add(hash);
        }
    }

    /** {@code getReferences}: traversal from the heads, skipping as many entries as there are heads. */
    static List<String> references(List<Entry> currentHeads, int referencesCount, Function<String, Optional<Entry>> get) {
        int amount = referencesCount + currentHeads.size();
        List<String> walked = new ArrayList<>();
        Iterator<Entry> walk = new Traversal(currentHeads, get);
        while (walked.size() < amount && walk.hasNext()) {
            walked.add(walk.next().hash());
        }
        int from = Math.min(currentHeads.size(), walked.size());
        return List.copyOf(walked.subList(from, walked.size()));
    }

    /** {@code heads.add}: the union with the current heads, minus those the new one points to. */
    private void addHead(Entry entry) {
        if (heads.containsKey(entry.hash())) {
            return;
        }
        List<Entry> candidates = new ArrayList<>(heads.values());
        candidates.add(entry);
        Set<String> pointedTo = new HashSet<>();
        candidates.forEach(e -> pointedTo.addAll(e.next()));
        heads.clear();
        candidates.stream().filter(e -> !pointedTo.contains(e.hash())).forEach(e -> heads.put(e.hash(), e));
    }

    /**
     * Stores the writer's identity block from {@code extra} when this log's blocks lack it: the
     * verifier reads identities from the log's blocks, and they must stay to verify later entries.
     */
    private void copyIdentity(Entry entry, BlockSource extra) {
        if (extra == null) {
            return;
        }
        Cid cid = Hashes.parse(entry.identity());
        try {
            if (!blocks.has(cid)) {
                Hashes.fetch(extra, entry.identity(), OrbitDbIdentity.MAX_BLOCK_LENGTH).ifPresent(bytes -> store(cid, bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("log " + id + ": reading block " + cid, e);
        } catch (OrbitDbException e) {
            throw new EntryRefusedException(Reason.UNKNOWN_IDENTITY, entry.hash(), "identity " + entry.identity() + ": " + e.getMessage());
        }
    }

    private Entry fetchForJoin(String hash, BlockSource extra, Entry joined) {
        Optional<Entry> entry = get(hash);
        if (entry.isEmpty() && extra != null) {
            entry = fetch(extra, hash);
        }
        return entry.orElseThrow(() -> new EntryRefusedException(Reason.MISSING_ENTRY, joined.hash(),
                "entry " + hash + " it depends on cannot be fetched"));
    }

    private static Optional<Entry> fetch(BlockSource source, String hash) {
        try {
            return Hashes.fetch(source, hash, Entry.MAX_BYTES).map(Entry::decode);
        } catch (EntryRefusedException e) {
            throw e;
        } catch (OrbitDbException e) {
            throw new EntryRefusedException(Reason.MALFORMED, hash, e.getMessage());
        }
    }

    private void store(Cid cid, byte[] bytes) {
        try {
            blocks.put(cid, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("log " + id + ": storing block " + cid, e);
        }
    }

    private LogWriter requireWriter() {
        if (writer == null) {
            throw new OrbitDbException("log " + id + " has no writer: it can only join");
        }
        return writer;
    }
}
