package org.constl.node;

import java.util.List;

/**
 * One command of the {@code constellation} command line, contributed as an OSGi service so that
 * each layer adds its own commands.
 */
public interface Command {

  /** The word that selects this command, e.g. {@code version}. */
  String name();

  /** One line for the list of commands. */
  String summary();

  /** The synopsis after the command's name, e.g. {@code ADDRESS KEY JSON}; empty when none. */
  String synopsis();

  /**
   * Runs the command.
   *
   * @return the process's exit code, {@link ExitCode#OK} on success
   * @throws CommandException for every error, with a one-line message for the user
   */
  int run(CommandContext context, List<String> arguments) throws CommandException;
}
