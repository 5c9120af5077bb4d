package org.constl.orbitdb;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.constl.ipld.IpldValue;

/**
 * What a database type reads and appends through: a bare {@link Log}, or a {@link Database}
 * that keeps every change in the local store.
 */
public interface Oplog {

    /** Appends a signed entry with this payload; for a database, durable when this returns. */
    Entry append(IpldValue payload);

    /** The heads, newest first. */
    List<Entry> heads();

    /**
     * Appends one signed entry per payload, in order, each after the previous one; for a
     * database, all of them in one transaction, durable together when this returns.
     */
    default List<Entry> appendAll(List<IpldValue> payloads) {
        return payloads.stream().map(this::append).toList();
    }

    /** Entries newest first, in OrbitDB's traversal order. */
    Stream<Entry> traverse();

    /** All entries, oldest first. */
    List<Entry> values();

    /** The entry stored under {@code hash}, or empty. */
    Optional<Entry> get(String hash);

    /** The latest operation per key, when this oplog keeps that index (keyvalue and documents databases). */
    default Optional<KeyIndex> keyIndex() {
        return Optional.empty();
    }
}
