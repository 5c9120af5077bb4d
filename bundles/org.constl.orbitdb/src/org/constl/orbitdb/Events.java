package org.constl.orbitdb;

import java.util.List;

import org.constl.ipld.IpldValue;

/**
 * An {@code events} database over its log ({@code databases/events.js}): each operation is
 * {@code {op: "ADD", key: null, value}}, and the events are the log's entries.
 */
public final class Events {

    public static final String TYPE = "events";

    /** An event: the hash of its entry and its value. */
    public record Event(String hash, IpldValue value) {
    }

    private final Oplog log;

    public Events(Oplog log) {
        this.log = log;
    }

    public Oplog log() {
        return log;
    }

    public static IpldValue addPayload(IpldValue value) {
        return Payloads.of("ADD", IpldValue.NULL, value);
    }

    public Entry add(IpldValue value) {
        return log.append(addPayload(value));
    }

    /** All events, oldest first ({@code db.all()}). */
    public List<Event> all() {
        return log.values().stream().map(e -> new Event(e.hash(), value(e))).toList();
    }

    private static IpldValue value(Entry entry) {
        return entry.payload() instanceof IpldValue.MapValue map && map.has("value") ? map.get("value") : IpldValue.NULL;
    }
}
