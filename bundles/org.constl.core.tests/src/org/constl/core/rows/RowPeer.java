package org.constl.core.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.IpfsAccessController;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;

/**
 * One node of a test: a data folder, its store, OrbitDB writing as a fixed identity, and a
 * table's {@code données} database that the two identities {@link #ALICE} and {@link #BOB} may write
 * (so both nodes open the same address). Closing closes all of them, so reopening reads the disk.
 */
record RowPeer(DataFolder folder, LocalStore store, OrbitDb orbitdb, Database rows) implements AutoCloseable {

  static final LogWriter ALICE = writer(1);
  static final LogWriter BOB = writer(2);

  static RowPeer open(Path dir, LogWriter writer) throws Exception {
    DataFolder folder = DataFolder.open(Files.createDirectories(dir));
    LocalStore store = LocalStore.open(folder);
    OrbitDb orbitdb = new OrbitDb(store, writer, List.of());
    Database rows = orbitdb.create("données", KeyValue.TYPE, IpfsAccessController.TYPE,
        List.of(ALICE.identity().id(), BOB.identity().id()), Optional.empty());
    return new RowPeer(folder, store, orbitdb, rows);
  }

  private static LogWriter writer(int seed) {
    byte[] identity = new byte[32];
    byte[] signing = new byte[32];
    identity[31] = (byte) seed;
    signing[31] = (byte) (seed + 100);
    PrivateKey identityKey = Keys.privateKeyFromRaw(KeyType.SECP256K1, identity);
    PrivateKey signingKey = Keys.privateKeyFromRaw(KeyType.SECP256K1, signing);
    return new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey);
  }

  @Override
  public void close() {
    orbitdb.close();
    store.close();
    folder.close();
  }
}
