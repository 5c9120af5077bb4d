package org.constl.node;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.constl.storage.DataFolder;

/** What a running command can use. */
public interface CommandContext {

  PrintStream out();

  PrintStream err();

  InputStream in();

  /** The location of the data folder, without opening it. */
  Path dataFolderPath();

  /**
   * The data folder, opened and locked on first use and closed when the command ends.
   *
   * @throws CommandException with {@link ExitCode#DATA_FOLDER_UNAVAILABLE} when it is locked by
   *     another process or cannot be used
   */
  DataFolder dataFolder() throws CommandException;

  /** Blocks until the process is asked to stop (Ctrl+C, SIGTERM). */
  void awaitStopRequest() throws InterruptedException;
}
