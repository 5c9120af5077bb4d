package org.constl.node.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.constl.core.Versions;
import org.constl.identity.IdentityException;
import org.constl.identity.KeyFileException;
import org.constl.identity.PeerId;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.storage.DataFolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code constellation node}: opens the data folder, reports its status and serves until stopped. */
@Component(service = Command.class)
public final class NodeCommand implements Command {

  private final Versions versions;

  @Activate
  public NodeCommand(@Reference Versions versions) {
    this.versions = versions;
  }

  @Override
  public String name() {
    return "node";
  }

  @Override
  public String summary() {
    return "Run the headless node until Ctrl+C or SIGTERM";
  }

  @Override
  public String synopsis() {
    return "";
  }

  /** The peer ID when the peer key can be read without a passphrase, else why not. */
  static String peerIdStatus(Path dataFolder) {
    String none = "none yet (create one with 'constellation identity create')";
    if (!NodeIdentity.keyStoreExists(dataFolder)) {
      return none;
    }
    try {
      return NodeIdentity.loadPeerId(NodeIdentity.keyStore(dataFolder), null).map(PeerId::toString).orElse(none);
    } catch (KeyFileException e) {
      return e.reason() == KeyFileException.Reason.PASSPHRASE_REQUIRED ? "protected by a passphrase"
          : "unreadable: " + e.getMessage();
    } catch (IdentityException | IOException e) {
      return "unreadable: " + e.getMessage();
    }
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    if (!arguments.isEmpty()) {
      throw CommandException.usage("node takes no arguments");
    }
    DataFolder folder = context.dataFolder();
    context.out().println("Constellation node " + versions.constellation());
    context.out().println("Data folder: " + folder.path());
    context.out().println("Peer ID: " + peerIdStatus(folder.path()));
    context.out().println("Status: running. Stop with Ctrl+C or SIGTERM.");
    context.out().flush();
    try {
      context.awaitStopRequest();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    context.out().println("Stopping: closing the data folder.");
    folder.close();
    context.out().println("Stopped cleanly.");
    context.out().flush();
    return ExitCode.OK;
  }
}
