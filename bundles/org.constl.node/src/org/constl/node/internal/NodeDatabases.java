package org.constl.node.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.constl.identity.IdentityException;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.LocalStore;

/** The OrbitDB databases of a command's data folder, written as the node's identity when it has one. */
final class NodeDatabases implements AutoCloseable {

  private final LocalStore store;
  private final OrbitDb orbitDb;

  private NodeDatabases(LocalStore store, OrbitDb orbitDb) {
    this.store = store;
    this.orbitDb = orbitDb;
  }

  /**
   * Opens the store and the node's identity; {@code writing} commands need the identity, the
   * others read with or without one.
   */
  static NodeDatabases open(CommandContext context, char[] passphrase, boolean writing) throws CommandException {
    Optional<NodeIdentity> identity = identity(context, passphrase);
    if (writing && identity.isEmpty()) {
      throw new CommandException(ExitCode.FAILURE, "this node has no identity to sign with yet: create it with"
          + " 'constellation identity create'");
    }
    LogWriter writer = identity.map(i -> new LogWriter(i.orbitDb(), i.signingKey())).orElse(null);
    LocalStore store = Stores.open(context);
    return new NodeDatabases(store, new OrbitDb(store, writer, List.of()));
  }

  OrbitDb orbitDb() {
    return orbitDb;
  }

  @Override
  public void close() {
    orbitDb.close();
    store.close();
  }

  private static Optional<NodeIdentity> identity(CommandContext context, char[] passphrase) throws CommandException {
    if (!NodeIdentity.keyStoreExists(context.dataFolder().path())) {
      return Optional.empty();
    }
    try {
      return NodeIdentity.load(NodeIdentity.keyStore(context.dataFolder().path()), passphrase);
    } catch (IOException | IdentityException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot read the node's identity: " + e.getMessage(), e);
    }
  }
}
