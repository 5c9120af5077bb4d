package org.constl.core.rows;

/** The local store could not read or index a table's rows; the message is meant for the user. */
public class TableRowsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TableRowsException(String message, Throwable cause) {
    super(message, cause);
  }
}
