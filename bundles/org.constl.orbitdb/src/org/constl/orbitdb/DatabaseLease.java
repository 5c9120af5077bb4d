package org.constl.orbitdb;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One user's hold on an open database ({@link OrbitDb#lease}): closing it lets the database close
 * when no one else uses it. Do not use the database after closing its lease.
 */
public final class DatabaseLease implements AutoCloseable {

    private final Database database;
    private final Runnable release;
    /** Whether this lease was given back: closing it twice must not give back another user's. */
    private final AtomicBoolean released = new AtomicBoolean();

    DatabaseLease(Database database, Runnable release) {
        this.database = database;
        this.release = release;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
