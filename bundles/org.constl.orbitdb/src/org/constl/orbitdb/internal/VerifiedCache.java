package org.constl.orbitdb.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hashes of blocks whose signatures already checked out, shared by every log of the process.
 * Sound because a hash names exactly one block; bounded, least recently used dropped first.
 */
public final class VerifiedCache<V> {

    private final Map<String, V> entries;

    public VerifiedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized V get(String hash) {
        return entries.get(hash);
    }

    public synchronized void put(String hash, V value) {
        entries.put(hash, value);
    }
}
