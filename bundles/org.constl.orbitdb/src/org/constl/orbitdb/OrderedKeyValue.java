package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsCompare;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;
import org.constl.orbitdb.internal.V8Sort;

/**
 * An {@code ordered-keyvalue} database over its log, as {@code @orbitdb/ordered-keyvalue-db} 1.1
 * reads it. Operations: {@code {op: "PUT", key, value: {value, position?}}},
 * {@code {op: "MOVE", key, value: position}} and {@code {op: "DEL", key, value: null}}.
 *
 * <p>The first PUT or DEL of a key in traversal order decides whether it is listed. Its position
 * is that of the <em>oldest</em> MOVE newer than that PUT (each older MOVE overwrites the newer
 * one's), else the PUT's own position, else 0; MOVEs older than the PUT are ignored, and so are
 * MOVEs of keys never put. The items are then sorted by position with JS {@code >} and
 * {@code ===}, stable, so equal positions keep the order of their PUTs and positions past the
 * end simply sort last. An entry whose key is falsy (missing, null, "", 0) ends the reading: what
 * is older is not listed at all.
 */
public final class OrderedKeyValue {

    public static final String TYPE = "ordered-keyvalue";

    private static final IpldValue DEFAULT_POSITION = IpldValue.of(0);

    /** A listed key, its value (empty when the PUT's value has none, JS undefined) and the hash of its PUT. */
    public record Item(IpldValue key, Optional<IpldValue> value, String hash) {
    }

    private record Placed(Item item, IpldValue position, Entry entry) {
    }

    private final Oplog log;

    public OrderedKeyValue(Oplog log) {
        this.log = log;
    }

    public Oplog log() {
        return log;
    }

    public static IpldValue putPayload(String key, IpldValue value) {
        return Payloads.of("PUT", IpldValue.of(key), IpldValue.MapValue.builder().put("value", value).build());
    }

    public static IpldValue putPayload(String key, IpldValue value, IpldValue position) {
        return Payloads.of("PUT", IpldValue.of(key),
                IpldValue.MapValue.builder().put("value", value).put("position", position).build());
    }

    public static IpldValue movePayload(String key, IpldValue position) {
        return Payloads.of("MOVE", IpldValue.of(key), position);
    }

    public static IpldValue delPayload(String key) {
        return Payloads.of("DEL", IpldValue.of(key), IpldValue.NULL);
    }

    public Entry put(String key, IpldValue value) {
        return log.append(putPayload(key, value));
    }

    /** Puts at a position: JS writes a number, any value is taken. */
    public Entry put(String key, IpldValue value, IpldValue position) {
        return log.append(putPayload(key, value, position));
    }

    public Entry move(String key, IpldValue position) {
        return log.append(movePayload(key, position));
    }

    public Entry del(String key) {
        return log.append(delPayload(key));
    }

    /**
     * What the latest PUT of the key stored, {@code {value, position?}} and not the value alone,
     * as JS {@code get} returns it; empty when the key was deleted since, or never put.
     */
    public Optional<IpldValue> get(String key) {
        Iterator<Entry> entries = log.traverse().iterator();
        while (entries.hasNext()) {
            JsPayload payload = JsPayload.of(entries.next());
            if (payload.is("PUT") && payload.keyIs(key)) {
                return payload.value();
            }
            if (payload.is("DEL") && payload.keyIs(key)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The listed keys by position ({@code all()}).
     *
     * @throws UnreadableEntryException as JS throws: on a null payload, a PUT whose value is null
     *     or missing, or a key or position with no string form
     */
    public List<Item> all() {
        Set<String> decided = new HashSet<>(JsObjects.OBJECT_PROTOTYPE_PROPERTIES);
        Map<String, IpldValue> positions = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        Iterator<Entry> entries = log.traverse().iterator();
        while (entries.hasNext()) {
            Entry entry = entries.next();
            JsPayload payload = JsPayload.of(entry);
            if (!JsObjects.truthy(payload.key())) {
                break;
            }
            if (payload.is("PUT")) {
                String key = payload.keyName();
                if (decided.add(key)) {
                    IpldValue position = positions.containsKey(key) ? positions.get(key)
                            : JsPayload.read(entry, () -> JsObjects.get(payload.value(), "position")).orElse(DEFAULT_POSITION);
                    Optional<IpldValue> value = JsPayload.read(entry, () -> JsObjects.get(payload.value(), "value"));
                    placed.add(new Placed(new Item(payload.key().orElseThrow(), value, entry.hash()), position, entry));
                }
            } else if (payload.is("MOVE")) {
                String key = payload.keyName();
                if (!decided.contains(key)) {
                    // A MOVE without value sets the position to undefined, that is unset.
                    payload.value().ifPresentOrElse(p -> positions.put(key, p), () -> positions.remove(key));
                }
            } else if (payload.is("DEL")) {
                decided.add(payload.keyName());
            }
        }
        Collections.reverse(placed);
        V8Sort.sort(placed, OrderedKeyValue::compare);
        return placed.stream().map(Placed::item).toList();
    }

    /** The JS comparator: {@code a.position > b.position ? 1 : a.position === b.position ? 0 : -1}. */
    private static int compare(Placed a, Placed b) {
        try {
            if (JsCompare.greaterThan(a.position(), b.position())) {
                return 1;
            }
        } catch (JsTypeError e) {
            Placed culprit = hasPrimitive(a.position()) ? b : a;
            throw new UnreadableEntryException(culprit.entry().hash(), "its position: " + e.getMessage());
        }
        return JsObjects.strictEquals(Optional.of(a.position()), Optional.of(b.position())) ? 0 : -1;
    }

    private static boolean hasPrimitive(IpldValue position) {
        try {
            JsCompare.toPrimitive(position);
            return true;
        } catch (JsTypeError e) {
            return false;
        }
    }
}
