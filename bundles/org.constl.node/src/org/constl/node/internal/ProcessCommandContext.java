package org.constl.node.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.storage.DataFolder;
import org.constl.storage.DataFolderException;

/** The context of one command run by this process; closing it releases the data folder. */
public final class ProcessCommandContext implements CommandContext, AutoCloseable {

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final Path dataFolderPath;
  private final StopSignal stopSignal;
  private DataFolder dataFolder;

  public ProcessCommandContext(PrintStream out, PrintStream err, InputStream in, Path dataFolderPath,
      StopSignal stopSignal) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.dataFolderPath = dataFolderPath;
    this.stopSignal = stopSignal;
  }

  @Override
  public PrintStream out() {
    return out;
  }

  @Override
  public PrintStream err() {
    return err;
  }

  @Override
  public InputStream in() {
    return in;
  }

  @Override
  public Path dataFolderPath() {
    return dataFolderPath;
  }

  @Override
  public synchronized DataFolder dataFolder() throws CommandException {
    if (dataFolder == null) {
      try {
        dataFolder = DataFolder.open(dataFolderPath);
      } catch (DataFolderException e) {
        throw new CommandException(ExitCode.DATA_FOLDER_UNAVAILABLE, e.getMessage(), e);
      }
    }
    return dataFolder;
  }

  @Override
  public void awaitStopRequest() throws InterruptedException {
    stopSignal.await();
  }

  @Override
  public synchronized void close() {
    if (dataFolder != null) {
      dataFolder.close();
      dataFolder = null;
    }
  }
}
