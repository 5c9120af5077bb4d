package org.constl.node.internal;

import java.util.List;
import org.constl.core.Versions;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code constellation version}. */
@Component(service = Command.class)
public final class VersionCommand implements Command {

  private final Versions versions;

  @Activate
  public VersionCommand(@Reference Versions versions) {
    this.versions = versions;
  }

  @Override
  public String name() {
    return "version";
  }

  @Override
  public String summary() {
    return "Print the versions of Constellation and what it runs on";
  }

  @Override
  public String synopsis() {
    return "";
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    if (!arguments.isEmpty()) {
      throw CommandException.usage("version takes no arguments");
    }
    int width = versions.all().stream().mapToInt(entry -> entry.name().length()).max().orElse(0);
    for (Versions.Entry entry : versions.all()) {
      context.out().println(entry.name() + ":" + " ".repeat(width - entry.name().length() + 1)
          + entry.version());
    }
    return ExitCode.OK;
  }
}
