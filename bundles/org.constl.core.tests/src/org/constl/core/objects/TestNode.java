package org.constl.core.objects;

import java.nio.file.Path;
import java.util.List;
import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;

/** One device of a test: a data folder, its real store, OrbitDB and Constellation; closes them. */
final class TestNode implements AutoCloseable {

  final Path folder;
  final LogWriter writer;
  final DataFolder dataFolder;
  final LocalStore store;
  final OrbitDb orbitDb;
  final Constellation constellation;

  private TestNode(Path folder, LogWriter writer) throws Exception {
    this.folder = folder;
    this.writer = writer;
    dataFolder = DataFolder.open(folder);
    store = LocalStore.open(dataFolder);
    orbitDb = new OrbitDb(store, writer, List.of());
    constellation = Constellation.open(orbitDb);
  }

  static LogWriter newWriter() {
    PrivateKey identityKey = Keys.generate(KeyType.SECP256K1);
    PrivateKey signingKey = Keys.generate(KeyType.SECP256K1);
    return new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey);
  }

  /** A device with a new identity in {@code folder}. */
  static TestNode create(Path folder) throws Exception {
    return new TestNode(folder, newWriter());
  }

  /** The same device again, from what it left on disk. */
  static TestNode open(Path folder, LogWriter writer) throws Exception {
    return new TestNode(folder, writer);
  }

  /** Closes this node and opens it again from disk. */
  TestNode reopen() throws Exception {
    close();
    return open(folder, writer);
  }

  Account account() {
    return constellation.account();
  }

  Databases databases() {
    return constellation.databases();
  }

  Tables tables() {
    return constellation.tables();
  }

  Variables variables() {
    return constellation.variables();
  }

  @Override
  public void close() {
    orbitDb.close();
    store.close();
    dataFolder.close();
  }
}
