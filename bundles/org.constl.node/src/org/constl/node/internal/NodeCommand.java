package org.constl.node.internal;

import java.util.List;
import org.constl.core.Versions;
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

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    if (!arguments.isEmpty()) {
      throw CommandException.usage("node takes no arguments");
    }
    DataFolder folder = context.dataFolder();
    context.out().println("Constellation node " + versions.constellation());
    context.out().println("Data folder: " + folder.path());
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
