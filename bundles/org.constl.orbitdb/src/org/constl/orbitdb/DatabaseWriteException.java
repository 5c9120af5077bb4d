package org.constl.orbitdb;

import org.constl.storage.StoreException;

/**
 * A change to a database that the local store could not keep (disk full, read-only folder,
 * damaged file): nothing of it was kept. {@link #storeReason()} says why.
 */
public class DatabaseWriteException extends OrbitDbException {

    private static final long serialVersionUID = 1L;

    public DatabaseWriteException(OrbitDbAddress address, StoreException cause) {
        super("database " + address + ": the change was not saved: " + cause.getMessage(), cause);
    }

    public StoreException.Reason storeReason() {
        return ((StoreException) getCause()).reason();
    }
}
