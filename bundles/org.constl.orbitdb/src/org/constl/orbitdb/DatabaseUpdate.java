package org.constl.orbitdb;

import java.util.List;

/**
 * Entries that a database took, durably: appended here ({@code local}) or joined from a peer or
 * an import. Listeners get updates in the order the changes were made.
 */
public record DatabaseUpdate(Database database, List<Entry> entries, boolean local) {

    public DatabaseUpdate {
        entries = List.copyOf(entries);
    }
}
