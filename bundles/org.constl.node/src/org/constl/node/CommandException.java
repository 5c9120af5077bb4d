package org.constl.node;

/** A command failed; the message is the one line shown to the user. */
public class CommandException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CommandException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CommandException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A usage error: wrong or missing arguments. */
  public static CommandException usage(String message) {
    return new CommandException(ExitCode.USAGE, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
