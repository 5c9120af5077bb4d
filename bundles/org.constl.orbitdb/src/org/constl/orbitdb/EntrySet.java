package org.constl.orbitdb;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The entries a log holds, by hash: in memory, or in the local store for a database. */
interface EntrySet {

    boolean contains(String hash);

    /** Adds entries that are stored in the log's blocks already. */
    void addAll(Collection<Entry> entries);

    long size();

    static EntrySet memory() {
        Set<String> hashes = new HashSet<>();
        return new EntrySet() {
            @Override
            public boolean contains(String hash) {
                return hashes.contains(hash);
            }

            @Override
            public void addAll(Collection<Entry> entries) {
                entries.forEach(e -> hashes.add(e.hash()));
            }

            @Override
            public long size() {
                return hashes.size();
            }
        };
    }
}
