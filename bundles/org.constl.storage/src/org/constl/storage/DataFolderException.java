package org.constl.storage;

/** The data folder cannot be used; the message says why and is meant for the user. */
public class DataFolderException extends Exception {
  private static final long serialVersionUID = 1L;

  public DataFolderException(String message) {
    super(message);
  }

  public DataFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
