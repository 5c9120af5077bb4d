package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsJson;

/**
 * A {@code set} database over its log, as {@code @orbitdb/set-db} 1.1 reads it: operations are
 * {@code {op: "ADD", key: null, value}} and {@code {op: "DEL", key: null, value}}, two values
 * are the same element when their {@code JSON.stringify} texts are equal, and the first ADD or
 * DEL of an element met in traversal order decides whether it is in the set.
 *
 * <p>Since values are read back from DAG-CBOR, map key order never matters ({@code {x, y}} and
 * {@code {y, x}} are one element), an integral float is its integer, and bytes are the same
 * element as the map of their indices ({@code {"0": b0, ...}}, so empty bytes are {@code {}}).
 */
public final class SetDb {

    public static final String TYPE = "set";

    /** An element: its value (empty for an ADD without value, JS undefined) and the hash of its latest ADD. */
    public record Element(Optional<IpldValue> value, String hash) {
    }

    private final Oplog log;

    public SetDb(Oplog log) {
        this.log = log;
    }

    public Oplog log() {
        return log;
    }

    public static IpldValue addPayload(IpldValue value) {
        return Payloads.of("ADD", IpldValue.NULL, value);
    }

    public static IpldValue delPayload(IpldValue value) {
        return Payloads.of("DEL", IpldValue.NULL, value);
    }

    public Entry add(IpldValue value) {
        return log.append(addPayload(value));
    }

    public Entry del(IpldValue value) {
        return log.append(delPayload(value));
    }

    /**
     * The elements, in the order of JS {@code all()}: by their latest ADD, oldest first.
     *
     * @throws UnreadableEntryException as JS throws: on a null payload, or a value JSON cannot
     *     write (an integer beyond 2^53 − 1), whatever the entry's operation
     */
    public List<Element> all() {
        Set<String> seen = new HashSet<>();
        List<Element> elements = new ArrayList<>();
        log.traverse().forEach(entry -> {
            JsPayload payload = JsPayload.of(entry);
            // JSON.stringify(undefined) is undefined, which names the property "undefined".
            String element = JsPayload.read(entry, () -> JsJson.stringify(payload.value())).orElse("undefined");
            if (payload.is("ADD") && seen.add(element)) {
                elements.add(new Element(payload.value(), entry.hash()));
            } else if (payload.is("DEL")) {
                seen.add(element);
            }
        });
        Collections.reverse(elements);
        return elements;
    }
}
