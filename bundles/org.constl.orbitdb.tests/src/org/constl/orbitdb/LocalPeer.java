package org.constl.orbitdb;

import java.nio.file.Path;
import java.util.List;

import org.constl.storage.DataFolder;
import org.constl.storage.DataFolderException;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;

/** A data folder with its local store and OrbitDB, as one peer of a test; closes all three. */
record LocalPeer(DataFolder folder, LocalStore store, OrbitDb orbitdb) implements AutoCloseable {

    /** A peer in {@code dir}, writing as {@code writer} (null: a peer without identity). */
    static LocalPeer open(Path dir, LogWriter writer) throws DataFolderException, StoreException {
        DataFolder folder = DataFolder.open(dir);
        LocalStore store = LocalStore.open(folder);
        return new LocalPeer(folder, store, new OrbitDb(store, writer, List.of()));
    }

    DatabaseArchive archive() {
        return new DatabaseArchive(orbitdb);
    }

    @Override
    public void close() {
        orbitdb.close();
        store.close();
        folder.close();
    }
}
