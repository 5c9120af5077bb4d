package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsObjects;

/**
 * A {@code keyvalue} database over its log ({@code databases/keyvalue.js}): operations are
 * {@code {op: "PUT", key, value}} and {@code {op: "DEL", key, value: null}}, and the value of a
 * key is the one of the first PUT or DEL met in OrbitDB's traversal order (last write wins).
 * Over a {@link Database}, reads go through its key index instead of walking the log.
 */
public final class KeyValue {

    public static final String TYPE = "keyvalue";

    /** A listed key with its value and the hash of the entry that set it. */
    public record Item(String key, IpldValue value, String hash) {
    }

    /** A PUT or DEL. */
    record Operation(String op, String key, IpldValue value) {
        boolean isPut() {
            return "PUT".equals(op);
        }
    }

    private final Oplog log;

    public KeyValue(Oplog log) {
        this.log = log;
    }

    public Oplog log() {
        return log;
    }

    public static IpldValue putPayload(String key, IpldValue value) {
        return Payloads.of("PUT", IpldValue.of(key), value);
    }

    public static IpldValue delPayload(String key) {
        return Payloads.of("DEL", IpldValue.of(key), IpldValue.NULL);
    }

    public Entry put(String key, IpldValue value) {
        return log.append(putPayload(key, value));
    }

    /** Puts every key, in the map's order, as one write (see {@link Oplog#appendAll}). */
    public List<Entry> putAll(Map<String, IpldValue> values) {
        return log.appendAll(values.entrySet().stream().map(e -> putPayload(e.getKey(), e.getValue())).toList());
    }

    public Entry del(String key) {
        return log.append(delPayload(key));
    }

    /** The value of {@code key}; empty when it was never set or its latest operation is a DEL. */
    public Optional<IpldValue> get(String key) {
        Optional<KeyIndex> index = log.keyIndex();
        if (index.isPresent()) {
            return index.get().get(key).filter(latest -> !latest.deleted()).map(this::value);
        }
        Iterator<Entry> entries = log.traverse().iterator();
        while (entries.hasNext()) {
            Optional<Operation> op = operation(entries.next());
            if (op.isPresent() && op.get().key().equals(key)) {
                return "PUT".equals(op.get().op()) ? Optional.of(op.get().value()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The current keys and values, in the order of JS {@code db.all()} (oldest write first). JS
     * tests {@code keys[key]} on a plain object there, so keys named like its built-in properties
     * are never listed (while {@code get} finds them).
     */
    public List<Item> all() {
        Optional<KeyIndex> index = log.keyIndex();
        if (index.isPresent()) {
            return index.get().present().stream().filter(latest -> !JsObjects.OBJECT_PROTOTYPE_PROPERTIES.contains(latest.key()))
                    .map(latest -> new Item(latest.key(), value(latest), latest.hash())).toList();
        }
        Set<String> seen = new HashSet<>(JsObjects.OBJECT_PROTOTYPE_PROPERTIES);
        List<Item> items = new ArrayList<>();
        log.traverse().forEach(entry -> operation(entry).ifPresent(op -> {
            if (seen.add(op.key()) && "PUT".equals(op.op())) {
                items.add(new Item(op.key(), op.value(), entry.hash()));
            }
        }));
        Collections.reverse(items);
        return items;
    }

    private IpldValue value(KeyIndex.Latest latest) {
        Entry entry = log.get(latest.hash()).orElseThrow(() -> new OrbitDbException("keyvalue: indexed entry " + latest.hash() + " is missing"));
        return operation(entry).orElseThrow().value();
    }

    /** The PUT or DEL of an entry; other payloads (and non-string keys) are ignored, as in JS. */
    static Optional<Operation> operation(Entry entry) {
        if (!(entry.payload() instanceof IpldValue.MapValue payload) || !payload.has("op") || !payload.has("key")
                || !(payload.get("op") instanceof IpldValue.StringValue op) || !(payload.get("key") instanceof IpldValue.StringValue key)
                || !("PUT".equals(op.value()) || "DEL".equals(op.value()))) {
            return Optional.empty();
        }
        IpldValue value = payload.has("value") ? payload.get("value") : IpldValue.NULL;
        return Optional.of(new Operation(op.value(), key.value(), value));
    }
}
