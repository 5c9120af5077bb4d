package org.constl.node.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.constl.identity.FileKeyStore;
import org.constl.identity.IdentityException;
import org.constl.identity.KeyFileException;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.osgi.service.component.annotations.Component;

/**
 * {@code constellation identity create|show}: the node's peer ID and OrbitDB identity (see
 * {@link NodeIdentity}). An existing identity is never replaced. A passphrase, which encrypts
 * the keys, is only ever read from a file: a command line is visible to every user of the machine.
 */
@Component(service = Command.class)
public final class IdentityCommand implements Command {

  @Override
  public String name() {
    return "identity";
  }

  @Override
  public String summary() {
    return "Create the node's identity (peer ID, OrbitDB identity) or show it";
  }

  @Override
  public String synopsis() {
    return "create|show [--passphrase-file FILE]";
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    List<String> rest = new ArrayList<>(arguments);
    char[] passphrase = PassphraseOption.take(rest);
    try {
      if (rest.equals(List.of("create"))) {
        return create(context, passphrase);
      }
      if (rest.equals(List.of("show"))) {
        return show(context, passphrase);
      }
      throw CommandException.usage("identity needs 'create' or 'show'");
    } catch (KeyFileException e) {
      String hint = e.reason() == KeyFileException.Reason.PASSPHRASE_REQUIRED ? ": give it with --passphrase-file FILE" : "";
      throw new CommandException(ExitCode.FAILURE, e.getMessage() + hint, e);
    } catch (IdentityException | IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot use the key store: " + e.getMessage(), e);
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
    }
  }

  private static int create(CommandContext context, char[] passphrase) throws CommandException, IOException {
    FileKeyStore store = NodeIdentity.keyStore(context.dataFolder().path());
    if (NodeIdentity.exists(store)) {
      throw new CommandException(ExitCode.FAILURE, "this node already has an identity, in " + store.folder()
          + "; it is never replaced (see 'constellation identity show')");
    }
    print(context, NodeIdentity.create(store, passphrase));
    return ExitCode.OK;
  }

  private static int show(CommandContext context, char[] passphrase) throws CommandException, IOException {
    Path dataFolder = context.dataFolder().path();
    Optional<NodeIdentity> identity = Optional.empty();
    if (NodeIdentity.keyStoreExists(dataFolder)) {
      FileKeyStore store = NodeIdentity.keyStore(dataFolder);
      identity = NodeIdentity.load(store, passphrase);
      if (identity.isEmpty() && NodeIdentity.exists(store)) {
        throw new CommandException(ExitCode.FAILURE, "the identity in " + store.folder()
            + " lacks its signing key: 'constellation identity create' completes it");
      }
    }
    if (identity.isEmpty()) {
      throw new CommandException(ExitCode.FAILURE, "this node has no identity yet: create it with"
          + " 'constellation identity create'");
    }
    print(context, identity.get());
    return ExitCode.OK;
  }

  private static void print(CommandContext context, NodeIdentity identity) {
    context.out().println("Peer ID: " + identity.peerId());
    context.out().println("OrbitDB identity id: " + identity.orbitDb().id());
    context.out().println("OrbitDB identity hash: " + identity.orbitDb().hash());
  }
}
