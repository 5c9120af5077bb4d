package org.constl.node;

/** The exit codes of the command line, stable for scripts. */
public final class ExitCode {
  public static final int OK = 0;
  /** The command ran and failed. */
  public static final int FAILURE = 1;
  /** The command line was wrong: unknown command, missing or bad argument. */
  public static final int USAGE = 2;
  /** The data folder is locked by another process or cannot be used. */
  public static final int DATA_FOLDER_UNAVAILABLE = 3;
  /** A bug: an unexpected exception. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCode() {}
}
