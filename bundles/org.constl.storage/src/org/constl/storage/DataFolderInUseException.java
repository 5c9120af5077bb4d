package org.constl.storage;

import java.nio.file.Path;

/** Another process (or another part of this one) already holds the data folder. */
public final class DataFolderInUseException extends DataFolderException {
  private static final long serialVersionUID = 1L;

  public DataFolderInUseException(Path folder, String holderPid) {
    super("The data folder " + folder + " is in use by another Constellation process"
        + (holderPid == null ? "" : " (pid " + holderPid + ")")
        + ": close it, or choose another folder with --data DIR");
  }
}
