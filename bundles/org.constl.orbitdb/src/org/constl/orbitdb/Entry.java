package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.OrbitDbSignatures;
import org.constl.identity.PrivateKey;
import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.ipld.js.JsObjects;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.orbitdb.internal.Hashes;

/**
 * An oplog entry, version 2, as {@code @orbitdb/core} 2.5 {@code entry.js} writes it: the
 * DAG-CBOR map {@code {id, payload, next, refs, clock, v, key, identity, sig}} where {@code sig}
 * signs the encoding of the first six fields. Its hash is the {@code zdpu...} text of the CID of
 * the whole block. Immutable; decoding checks the shape, {@link #verifySignature()} the signature.
 */
public final class Entry {

    public static final int VERSION = 2;
    /**
     * Largest entry block accepted (1 MiB). Far above what the heads exchange can carry (65,524
     * bytes per frame), it bounds what a peer can make us decode.
     */
    public static final int MAX_BYTES = 1 << 20;
    /** Bound on next and refs; OrbitDB writes one next per head and 16 refs by default. */
    public static final int MAX_LINKS = 4096;

    /**
     * OrbitDB's {@code LastWriteWins} order: by clock, then by clock id. Entries with the same
     * clock compare equal (JS gets NaN from the comparator, which its stable sort takes as 0).
     */
    public static final Comparator<Entry> LAST_WRITE_WINS = Comparator.comparing(Entry::clock);

    private static final Set<String> FIELDS = Set.of("v", "id", "key", "sig", "next", "refs", "clock", "payload", "identity");
    private static final Set<String> CLOCK_FIELDS = Set.of("id", "time");

    private final String id;
    private final IpldValue payload;
    private final List<String> next;
    private final List<String> refs;
    private final Clock clock;
    private final String key;
    private final String identity;
    private final String sig;
    private final Block block;
    private final String hash;

    private Entry(String id, IpldValue payload, List<String> next, List<String> refs, Clock clock,
            String key, String identity, String sig, Block block) {
        this.id = id;
        this.payload = payload;
        this.next = next;
        this.refs = refs;
        this.clock = clock;
        this.key = key;
        this.identity = identity;
        this.sig = sig;
        this.block = block;
        this.hash = Hashes.of(block.cid());
    }

    /**
     * Creates and signs an entry as {@code Entry.create} does. {@code signingKey} must be the
     * identity's signing key; next and refs are entry hashes. An entry over {@link #MAX_BYTES}
     * is refused, since peers would refuse it.
     */
    public static Entry create(OrbitDbIdentity writer, PrivateKey signingKey, String logId, IpldValue payload,
            Clock clock, List<String> next, List<String> refs) {
        Objects.requireNonNull(logId);
        if (hasProtoKey(Objects.requireNonNull(payload))) {
            throw new OrbitDbException("a payload with a \"" + JsObjects.PROTO + "\" key cannot be written: JS peers"
                    + " drop that key when they decode, so they could never verify the entry's signature");
        }
        // As readers will see it: DAG-CBOR writes an integral float as an integer, as JS does.
        payload = DagCbor.decode(DagCbor.encode(payload));
        next = List.copyOf(next);
        refs = List.copyOf(refs);
        byte[] signed = DagCbor.encode(signedValue(logId, payload, next, refs, clock));
        String sig = writer.sign(signingKey, signed);
        IpldValue.MapValue full = fullValue(logId, payload, next, refs, clock, writer.publicKey(), writer.hash(), sig);
        Block block = DagCbor.encodeBlock(full);
        if (block.bytes().length > MAX_BYTES) {
            throw new EntryRefusedException(Reason.TOO_LARGE, Hashes.of(block.cid()),
                    "block of " + block.bytes().length + " bytes, more than " + MAX_BYTES);
        }
        return new Entry(logId, payload, next, refs, clock, writer.publicKey(), writer.hash(), sig, block);
    }

    /**
     * Decodes an entry block. Refuses, with the reason, blocks over {@link #MAX_BYTES}, anything
     * that is not a version 2 entry with OrbitDB's fields and types, and entries without a key or
     * signature. The block must be canonical DAG-CBOR, so it re-encodes to the same bytes.
     */
    public static Entry decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new EntryRefusedException(Reason.TOO_LARGE, null,
                    "block of " + bytes.length + " bytes, more than " + MAX_BYTES);
        }
        Block block;
        IpldValue.MapValue map;
        try {
            block = Block.of(Multicodec.DAG_CBOR, bytes);
            map = DagCbor.decode(bytes).asMap();
        } catch (IpldException e) {
            throw new EntryRefusedException(Reason.MALFORMED, null, "not a DAG-CBOR map: " + e.getMessage());
        }
        String hash = Hashes.of(block.cid());
        if (!map.has("key")) {
            throw new EntryRefusedException(Reason.MISSING_KEY, hash, "the entry has no key");
        }
        if (!map.has("sig")) {
            throw new EntryRefusedException(Reason.MISSING_SIGNATURE, hash, "the entry has no signature");
        }
        if (!map.entries().keySet().equals(FIELDS)) {
            throw new EntryRefusedException(Reason.MALFORMED, hash, "fields must be " + FIELDS + ", found " + map.entries().keySet());
        }
        try {
            if (map.get("v").asLong() != VERSION) {
                throw new EntryRefusedException(Reason.MALFORMED, hash, "version " + map.get("v") + ", only 2 is known");
            }
            IpldValue.MapValue clockMap = map.get("clock").asMap();
            if (!clockMap.entries().keySet().equals(CLOCK_FIELDS)) {
                throw new EntryRefusedException(Reason.MALFORMED, hash, "clock fields must be " + CLOCK_FIELDS);
            }
            Clock clock = new Clock(clockMap.get("id").asString(), clockMap.get("time").asLong());
            return new Entry(map.get("id").asString(), map.get("payload"), hashes(map.get("next"), hash),
                    hashes(map.get("refs"), hash), clock, nonEmpty(map, "key", Reason.MISSING_KEY, hash),
                    map.get("identity").asString(), nonEmpty(map, "sig", Reason.MISSING_SIGNATURE, hash), block);
        } catch (IpldException | OrbitDbException e) {
            if (e instanceof EntryRefusedException refused) {
                throw refused;
            }
            throw new EntryRefusedException(Reason.MALFORMED, hash, e.getMessage());
        }
    }

    /**
     * Whether {@code sig} is {@code key}'s signature of the re-encoded six signed fields, as
     * {@code Entry.verify} checks it.
     */
    public boolean verifySignature() {
        return OrbitDbSignatures.verify(sig, key, signedBytes());
    }

    /**
     * Whether a map key anywhere in {@code value} is {@code __proto__}, which JS decoders
     * turn into the object's prototype instead of a key.
     */
    public static boolean hasProtoKey(IpldValue value) {
        if (value instanceof IpldValue.MapValue map) {
            return map.has(JsObjects.PROTO) || map.entries().values().stream().anyMatch(Entry::hasProtoKey);
        }
        if (value instanceof IpldValue.ListValue list) {
            return list.values().stream().anyMatch(Entry::hasProtoKey);
        }
        return false;
    }

    /** The DAG-CBOR bytes {@code sig} signs: {@code {id, payload, next, refs, clock, v}}. */
    public byte[] signedBytes() {
        return DagCbor.encode(signedValue(id, payload, next, refs, clock));
    }

    /** The log (database address) this entry belongs to. */
    public String id() {
        return id;
    }

    public IpldValue payload() {
        return payload;
    }

    /** Hashes of the log's heads when this entry was written. */
    public List<String> next() {
        return next;
    }

    /** Hashes of older entries, skip pointers for fetching. */
    public List<String> refs() {
        return refs;
    }

    public Clock clock() {
        return clock;
    }

    /** The signer's public key (hex): the identity's {@code publicKey}. */
    public String key() {
        return key;
    }

    /** Hash of the writer's identity block. */
    public String identity() {
        return identity;
    }

    public String sig() {
        return sig;
    }

    /** The entry hash, {@code zdpu...}. */
    public String hash() {
        return hash;
    }

    public Block block() {
        return block;
    }

    public byte[] bytes() {
        return block.bytes();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Entry that && hash.equals(that.hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "Entry[" + hash + ", clock " + clock.id() + "@" + clock.time() + "]";
    }

    private static IpldValue.MapValue signedValue(String id, IpldValue payload, List<String> next, List<String> refs, Clock clock) {
        return new IpldValue.MapValue(Map.of("id", IpldValue.of(id), "payload", payload, "next", strings(next),
                "refs", strings(refs), "clock", clock.toValue(), "v", IpldValue.of(VERSION)));
    }

    private static IpldValue.MapValue fullValue(String id, IpldValue payload, List<String> next, List<String> refs,
            Clock clock, String key, String identity, String sig) {
        return IpldValue.MapValue.builder().put("id", IpldValue.of(id)).put("payload", payload)
                .put("next", strings(next)).put("refs", strings(refs)).put("clock", clock.toValue())
                .put("v", IpldValue.of(VERSION)).put("key", IpldValue.of(key)).put("identity", IpldValue.of(identity))
                .put("sig", IpldValue.of(sig)).build();
    }

    private static IpldValue strings(List<String> values) {
        return IpldValue.list(values.stream().map(IpldValue::of).toList());
    }

    private static List<String> hashes(IpldValue value, String hash) {
        List<IpldValue> values = value.asList();
        if (values.size() > MAX_LINKS) {
            throw new EntryRefusedException(Reason.MALFORMED, hash, values.size() + " links, more than " + MAX_LINKS);
        }
        List<String> hashes = new ArrayList<>(values.size());
        for (IpldValue v : values) {
            String text = v.asString();
            Hashes.parse(text);
            hashes.add(text);
        }
        return List.copyOf(hashes);
    }

    private static String nonEmpty(IpldValue.MapValue map, String field, Reason reason, String hash) {
        String text = map.get(field).asString();
        if (text.isEmpty()) {
            throw new EntryRefusedException(reason, hash, "the entry's " + field + " is empty");
        }
        return text;
    }
}
