package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.constl.ipld.IpldValue;

/**
 * A {@code feed} database over its log, as {@code @orbitdb/feed-db} 1.2 reads it: operations are
 * {@code {op: "ADD", key: null, value}} and {@code {op: "DEL", key: null, value: <entry hash>}};
 * an ADD is listed unless a DEL of its hash comes before it in traversal order, that is, is newer.
 * A DEL older than the ADD it names (written by a peer that had not seen it, with a lower clock)
 * removes nothing. The DEL's value is matched by its JS string form, so a list holding the hash
 * removes the entry too.
 */
public final class Feed {

    public static final String TYPE = "feed";

    /** A listed entry: its value (empty when the ADD has none, JS undefined) and its hash. */
    public record Item(Optional<IpldValue> value, String hash) {
    }

    private final Oplog log;

    public Feed(Oplog log) {
        this.log = log;
    }

    public Oplog log() {
        return log;
    }

    public static IpldValue addPayload(IpldValue value) {
        return Payloads.of("ADD", IpldValue.NULL, value);
    }

    public static IpldValue removePayload(String hash) {
        return Payloads.of("DEL", IpldValue.NULL, IpldValue.of(hash));
    }

    public Entry add(IpldValue value) {
        return log.append(addPayload(value));
    }

    /** Removes the ADD entry with this hash; nothing checks that there is one, as in JS. */
    public Entry remove(String hash) {
        return log.append(removePayload(hash));
    }

    /**
     * The listed entries, oldest first ({@code all()}).
     *
     * @throws UnreadableEntryException as JS throws: on a null payload, or a DEL whose value has
     *     no string form
     */
    public List<Item> all() {
        Set<String> removed = new HashSet<>();
        List<Item> items = new ArrayList<>();
        log.traverse().forEach(entry -> {
            JsPayload payload = JsPayload.of(entry);
            if (payload.is("ADD") && removed.add(entry.hash())) {
                items.add(new Item(payload.value(), entry.hash()));
            } else if (payload.is("DEL")) {
                removed.add(payload.valueName());
            }
        });
        Collections.reverse(items);
        return items;
    }
}
