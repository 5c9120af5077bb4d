package org.constl.orbitdb;

import java.util.List;
import java.util.Optional;

/**
 * For each key of a keyvalue or documents database, the entry of its latest {@code PUT} or
 * {@code DEL}: the one OrbitDB's traversal meets first, that is the greatest clock.
 */
public interface KeyIndex {

    /** The latest operation on a key: the entry hash, its clock, and whether it deleted the key. */
    record Latest(String key, String hash, Clock clock, boolean deleted) {
    }

    Optional<Latest> get(String key);

    /** The keys whose latest operation is a PUT, oldest write first (the order of JS {@code all()}). */
    List<Latest> present();
}
